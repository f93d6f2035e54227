import type { Prisma } from '../../generated/prisma/client.ts';
import { isAnswerVisible } from '../answers/answer-visibility.ts';
import { appendLiveEvent } from './live-event-store.ts';

type AnswerChange = 'approved' | 'published' | 'withdrawn';

/**
 * Records what a leader's action on an answer means for each stream, in the action's
 * transaction, after its write. The desk always hears of it. The public hears only of what it
 * could see: a pre-answer approved before the live start stays a staff event, so neither its
 * existence nor its release time leaks early. Its appearance at the opening second is not an
 * event yet (visibility is a condition on the clock; nothing runs at that second).
 */
export async function appendAnswerEvents(
  tx: Prisma.TransactionClient,
  change: { tenantId: string; questionId: string; change: AnswerChange; now: Date },
): Promise<void> {
  const { tenantId, questionId, now } = change;
  const answer = await tx.answer.findFirst({
    where: { questionId, tenantId },
    select: { exchangeId: true, status: true, publishAt: true, unpublishedAt: true },
  });
  if (!answer) return;

  const publishAt = answer.publishAt?.toISOString() ?? null;
  const event = { tenantId, exchangeId: answer.exchangeId };
  await appendLiveEvent(tx, {
    ...event,
    channel: 'staff',
    type: `answer.${change.change}`,
    payload: { questionId, publishAt },
  });

  const publicEvent = publicChange(change.change, answer, now);
  if (publicEvent) {
    await appendLiveEvent(tx, {
      ...event,
      channel: 'public',
      type: publicEvent,
      payload: { questionId, publishAt },
    });
  }
}

function publicChange(
  change: AnswerChange,
  answer: { status: string; publishAt: Date | null; unpublishedAt: Date | null },
  now: Date,
): 'answer.published' | 'answer.withdrawn' | null {
  if (change === 'withdrawn') {
    // Withdrawn before its release, it was never public: the public learns nothing.
    const wasPublic = answer.publishAt !== null && answer.publishAt <= now;
    return wasPublic ? 'answer.withdrawn' : null;
  }
  return isAnswerVisible(answer, now) ? 'answer.published' : null;
}
