import type { Prisma } from '../../../generated/prisma/client.ts';

/**
 * Holds the row of the question's exchange (FOR SHARE) until the transaction ends. An approval
 * reads the live start and writes a release time from it; an admin's change of schedule moves
 * the release of the pre-answers it finds. Without the hold, a change committed between the
 * approval's read and its commit finds nothing to move, and the new pre-answer keeps the old
 * start. With it, one waits for the other: the change then moves the approved answer, or the
 * approval reads the start the change set.
 */
export async function holdExchangeSchedule(
  tx: Prisma.TransactionClient,
  question: { tenantId: string; questionId: string },
): Promise<void> {
  await tx.$queryRaw`
    SELECT 1 FROM "Exchange" e
    JOIN "Question" q ON q."exchangeId" = e."id"
    WHERE q."id" = ${question.questionId}::uuid AND q."tenantId" = ${question.tenantId}::uuid
    FOR SHARE OF e`;
}
