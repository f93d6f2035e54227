import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { announceAnswer } from './answer-events.ts';

// One transaction announces at most this many, so a nationwide opening minute with thousands
// of pre-answers is a series of short transactions rather than one that holds every lock.
const BATCH = 100;

type DueAnswer = { id: string; tenantId: string; exchangeId: string };

/**
 * Puts on the public streams every answer whose release time has come and that no stream has
 * been told of: the pre-answers at the live start, and any answer released at a set time.
 * SKIP LOCKED lets every instance run this at the same second: each row is announced by the one
 * that locked it, and a row an approval is writing right now is left to that approval.
 * Returns how many were announced.
 */
export async function announceDueAnswers(prisma: PrismaClient, now: Date): Promise<number> {
  let announced = 0;
  for (;;) {
    const count = await prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<DueAnswer[]>`
        SELECT "id", "tenantId", "exchangeId" FROM "Answer"
        WHERE "publicEventAt" IS NULL AND "publishAt" <= ${now}
          AND "status" = 'approved' AND "unpublishedAt" IS NULL
        ORDER BY "exchangeId", "publishAt", "id"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      for (const answer of due) {
        await announceAnswer(tx, {
          tenantId: answer.tenantId,
          exchangeId: answer.exchangeId,
          answerId: answer.id,
          now,
        });
      }
      return due.length;
    });
    announced += count;
    if (count < BATCH) return announced;
  }
}

/**
 * The same, for one exchange, in the caller's transaction: when an admin opens an exchange
 * early, its pre-answers reach open pages with the news of the opening, not at the next run of
 * the clock.
 */
export async function announceReleasedAnswersOf(
  tx: Prisma.TransactionClient,
  exchange: { tenantId: string; exchangeId: string; now: Date },
): Promise<number> {
  const { tenantId, exchangeId, now } = exchange;
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Answer"
    WHERE "exchangeId" = ${exchangeId}::uuid AND "tenantId" = ${tenantId}::uuid
      AND "publicEventAt" IS NULL AND "publishAt" <= ${now}
      AND "status" = 'approved' AND "unpublishedAt" IS NULL
    ORDER BY "publishAt", "id"
    FOR UPDATE SKIP LOCKED`;
  for (const answer of due) {
    await announceAnswer(tx, { tenantId, exchangeId, answerId: answer.id, now });
  }
  return due.length;
}
