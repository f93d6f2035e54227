import { STAFF_LIVE_EVENTS } from '@giaoluu/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { appendLiveEvent } from './live-event-store.ts';

type Tx = Prisma.TransactionClient;

/**
 * The desk's news of what officers do, written in the action's transaction (after its writes)
 * so every officer on the exchange sees claims and steps as they commit. Payloads carry ids and
 * names only: the desk re-reads what it shows, with its own permissions.
 */

/** Triage moved these questions (accepted, rejected, assigned, merged). */
export async function appendQuestionsChanged(
  tx: Tx,
  change: { tenantId: string; questionIds: string[] },
): Promise<void> {
  if (change.questionIds.length === 0) return;
  const rows = await tx.question.findMany({
    where: { tenantId: change.tenantId, id: { in: change.questionIds } },
    select: { id: true, exchangeId: true },
    orderBy: { exchangeId: 'asc' },
  });

  // A bulk action may span exchanges; each exchange's stream hears of its own questions.
  const byExchange = new Map<string, string[]>();
  for (const row of rows)
    byExchange.set(row.exchangeId, [...(byExchange.get(row.exchangeId) ?? []), row.id]);
  for (const [exchangeId, ids] of byExchange) {
    await appendLiveEvent(tx, {
      tenantId: change.tenantId,
      exchangeId,
      channel: 'staff',
      type: STAFF_LIVE_EVENTS.questionsChanged,
      payload: { ids },
    });
  }
}

/** Who holds a question changed: claimed, released, taken over, or freed by approval. */
export async function appendClaimChanged(
  tx: Tx,
  change: {
    tenantId: string;
    questionId: string;
    holder: { id: string; name: string } | null;
    /** Only on a take-over: the officer who lost the question, and its title. */
    takenFrom?: { previousHolderId: string; title: string };
  },
): Promise<void> {
  const exchangeId = await exchangeOfQuestion(tx, change.tenantId, change.questionId);
  if (!exchangeId) return;
  await appendLiveEvent(tx, {
    tenantId: change.tenantId,
    exchangeId,
    channel: 'staff',
    type: STAFF_LIVE_EVENTS.claimChanged,
    payload: { questionId: change.questionId, holder: change.holder, ...change.takenFrom },
  });
}

/** An answer was submitted for review or returned to its writer. */
export async function appendAnswerStep(
  tx: Tx,
  change: { tenantId: string; questionId: string; step: 'submitted' | 'returned' },
): Promise<void> {
  const exchangeId = await exchangeOfQuestion(tx, change.tenantId, change.questionId);
  if (!exchangeId) return;
  await appendLiveEvent(tx, {
    tenantId: change.tenantId,
    exchangeId,
    channel: 'staff',
    type:
      change.step === 'submitted'
        ? STAFF_LIVE_EVENTS.answerSubmitted
        : STAFF_LIVE_EVENTS.answerReturned,
    payload: { questionId: change.questionId },
  });
}

async function exchangeOfQuestion(tx: Tx, tenantId: string, questionId: string) {
  const row = await tx.question.findFirst({
    where: { id: questionId, tenantId },
    select: { exchangeId: true },
  });
  return row?.exchangeId ?? null;
}
