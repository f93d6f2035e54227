import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * The next moment after `now` at which the live clock has news to send: an answer's release,
 * or an exchange's live start or end. Null when nothing is scheduled.
 */
export async function nextDueAt(prisma: PrismaClient, now: Date): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<{ next: Date | null }[]>`
    SELECT LEAST(
      (SELECT min("publishAt") FROM "Answer"
        WHERE "publicEventAt" IS NULL AND "publishAt" > ${now}
          AND "status" = 'approved' AND "unpublishedAt" IS NULL),
      (SELECT min("liveStartsAt") FROM "Exchange"
        WHERE "announcedAt" IS NOT NULL AND "cancelledAt" IS NULL AND "liveStartsAt" > ${now}),
      (SELECT min("liveEndsAt") FROM "Exchange"
        WHERE "announcedAt" IS NOT NULL AND "cancelledAt" IS NULL AND "liveEndsAt" > ${now})
    ) AS "next"`;
  return row?.next ?? null;
}
