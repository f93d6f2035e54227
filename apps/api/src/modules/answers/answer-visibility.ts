import type { Prisma } from '../../generated/prisma/client.ts';

/**
 * When an answer is public: approved, its release time reached, not withdrawn. This is a
 * condition evaluated on every read against the clock, not a flag a job sets, so a pre-answer
 * appears at the opening second even if no timer fired, and never a second earlier.
 * Callers add the exchange's own public condition.
 */
export function visibleAnswerWhere(now: Date): Prisma.AnswerWhereInput {
  return { status: 'approved', publishAt: { lte: now }, unpublishedAt: null };
}

export function isAnswerVisible(
  answer: { status: string; publishAt: Date | null; unpublishedAt: Date | null },
  now: Date,
): boolean {
  return (
    answer.status === 'approved' &&
    answer.publishAt !== null &&
    answer.publishAt <= now &&
    answer.unpublishedAt === null
  );
}
