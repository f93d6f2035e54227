import { PUBLIC_LIVE_EVENTS } from '@giaoluu/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isAnswerVisible } from '../answers/answer-visibility.ts';
import { readFeedItemOfAnswer } from '../answers/feed-item-of-answer.ts';
import { appendLiveEvent } from './live-event-store.ts';

type AnswerChange = 'approved' | 'published' | 'withdrawn';

/**
 * Records what a leader's action on an answer means for each stream, in the action's
 * transaction, after its write. The desk always hears of it. The public hears only of what it
 * could see: a pre-answer approved before the live start stays a staff event, so neither its
 * existence nor its release time leaks early; the live clock announces it at its release.
 */
export async function appendAnswerEvents(
  tx: Prisma.TransactionClient,
  change: { tenantId: string; questionId: string; change: AnswerChange; now: Date },
): Promise<void> {
  const { tenantId, questionId, now } = change;
  const answer = await tx.answer.findFirst({
    where: { questionId, tenantId },
    select: { id: true, exchangeId: true, status: true, publishAt: true, unpublishedAt: true },
  });
  if (!answer) return;

  const event = { tenantId, exchangeId: answer.exchangeId };
  await appendLiveEvent(tx, {
    ...event,
    channel: 'staff',
    type: `answer.${change.change}`,
    payload: { questionId, publishAt: answer.publishAt?.toISOString() ?? null },
  });

  if (change.change === 'withdrawn') {
    // Withdrawn before its release, it was never public: the public learns nothing.
    const wasPublic = answer.publishAt !== null && answer.publishAt <= now;
    if (wasPublic) await appendPublicWithdrawal(tx, { ...event, questionId });
    await tx.answer.update({ where: { id: answer.id }, data: { publicEventAt: null } });
    return;
  }

  if (!isAnswerVisible(answer, now)) {
    // Not public yet: the live clock announces it when its release time comes.
    await tx.answer.update({ where: { id: answer.id }, data: { publicEventAt: null } });
    return;
  }
  await announceAnswer(tx, { ...event, answerId: answer.id, now });
}

/**
 * Takes answers already announced off open pages and forgets that they were announced, so that
 * the live clock announces them again at their release time.
 */
export async function takeBackAnnouncedAnswers(
  tx: Prisma.TransactionClient,
  takeBack: { tenantId: string; exchangeId: string; answers: { id: string; questionId: string }[] },
): Promise<void> {
  const { tenantId, exchangeId, answers } = takeBack;
  if (answers.length === 0) return;

  await tx.answer.updateMany({
    where: { tenantId, id: { in: answers.map((answer) => answer.id) } },
    data: { publicEventAt: null },
  });
  for (const answer of answers) {
    await appendPublicWithdrawal(tx, { tenantId, exchangeId, questionId: answer.questionId });
  }
}

/** Tells open pages that an answer they show is gone. */
function appendPublicWithdrawal(
  tx: Prisma.TransactionClient,
  withdrawal: { tenantId: string; exchangeId: string; questionId: string },
) {
  const { tenantId, exchangeId, questionId } = withdrawal;
  return appendLiveEvent(tx, {
    tenantId,
    exchangeId,
    channel: 'public',
    type: PUBLIC_LIVE_EVENTS.answerWithdrawn,
    payload: { questionId },
  });
}

/** Puts a released answer on the public stream, with the item the feed shows, and notes it. */
export async function announceAnswer(
  tx: Prisma.TransactionClient,
  release: { tenantId: string; exchangeId: string; answerId: string; now: Date },
): Promise<void> {
  const item = await readFeedItemOfAnswer(tx, release.answerId);
  if (!item) return;
  await tx.answer.update({ where: { id: release.answerId }, data: { publicEventAt: release.now } });
  await appendLiveEvent(tx, {
    tenantId: release.tenantId,
    exchangeId: release.exchangeId,
    channel: 'public',
    type: PUBLIC_LIVE_EVENTS.answerPublished,
    payload: { item },
  });
}
