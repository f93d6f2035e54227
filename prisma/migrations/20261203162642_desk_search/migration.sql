-- Trigram matching for search and duplicate suggestions (a contrib module on servers,
-- loaded into PGlite by the app).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Question_assigneeId_idx" ON "Question"("assigneeId");

-- CreateIndex
CREATE INDEX "Question_searchText_idx" ON "Question" USING GIN ("searchText" gin_trgm_ops);