-- CreateIndex
CREATE INDEX "Question_searchText_gist_idx" ON "Question" USING GIST ("searchText" gist_trgm_ops);
