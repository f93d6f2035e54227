import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { announceAnswer } from './answer-events.ts';

// One transaction announces at most this many, so a nationwide opening minute with thousands
// of pre-answers is a series of short transactions rather than one that holds every lock.
const BATCH = 100;

type DueAnswer = { id: string; tenantId: string; exchangeId: string };
type ExchangeScope = { tenantId: string; exchangeId: string };

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
    const count = await prisma.$transaction((tx) => announceBatch(tx, now, null));
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
  exchange: ExchangeScope & { now: Date },
): Promise<number> {
  let announced = 0;
  for (;;) {
    // Those announced already have publicEventAt set, so the next batch starts after them.
    const count = await announceBatch(tx, exchange.now, exchange);
    announced += count;
    if (count < BATCH) return announced;
  }
}

/** Announces up to BATCH due answers, of every exchange or of one, and says how many. */
async function announceBatch(
  tx: Prisma.TransactionClient,
  now: Date,
  scope: ExchangeScope | null,
): Promise<number> {
  const inScope = scope
    ? Prisma.sql`AND "exchangeId" = ${scope.exchangeId}::uuid AND "tenantId" = ${scope.tenantId}::uuid`
    : Prisma.empty;
  const due = await tx.$queryRaw<DueAnswer[]>`
    SELECT "id", "tenantId", "exchangeId" FROM "Answer"
    WHERE "publicEventAt" IS NULL AND "publishAt" <= ${now}
      AND "status" = 'approved' AND "unpublishedAt" IS NULL ${inScope}
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
}
