-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "publicEventAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Exchange" ADD COLUMN     "announcedCounts" JSONB,
ADD COLUMN     "announcedPhase" TEXT;

-- CreateIndex
CREATE INDEX "Answer_publicEventAt_publishAt_idx" ON "Answer"("publicEventAt", "publishAt");

-- What was already public before the live clock existed counts as announced, so its first run
-- does not replay history onto open streams.
UPDATE "Answer" SET "publicEventAt" = "publishAt"
WHERE "status" = 'approved' AND "publishAt" <= now();

UPDATE "Exchange" SET "announcedPhase" = CASE
    WHEN "liveEndsAt" <= now() THEN 'ended'
    WHEN "liveStartsAt" <= now() THEN 'live'
  END
WHERE "announcedAt" IS NOT NULL AND "cancelledAt" IS NULL;
