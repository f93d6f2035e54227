import type { Question } from '../../generated/prisma/client.ts';
import type { LiveEventInput } from './live-event-store.ts';

/** The desk's news of a new question: what the queue shows, never the asker's contact details. */
export function questionCreatedEvent(
  question: Pick<Question, 'id' | 'tenantId' | 'exchangeId' | 'title' | 'status'>,
): LiveEventInput {
  return {
    tenantId: question.tenantId,
    exchangeId: question.exchangeId,
    channel: 'staff',
    type: 'question.created',
    payload: { id: question.id, title: question.title, status: question.status },
  };
}
