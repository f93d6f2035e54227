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

/**
 * The answers the public feed shows: those visible now, and those already announced on the
 * public stream. The second matters across instances: an approval on an instance whose clock
 * runs slightly ahead stamps a release time in this one's future, yet its event is out, and a
 * page that follows the stream from after that event must find the answer in its feed.
 */
export function feedAnswerWhere(now: Date): Prisma.AnswerWhereInput {
  return {
    status: 'approved',
    unpublishedAt: null,
    OR: [{ publishAt: { lte: now } }, { publicEventAt: { not: null } }],
  };
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
