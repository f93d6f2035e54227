import { randomUUID } from 'node:crypto';
import type { PrismaClient, Question } from '../../generated/prisma/client.ts';
import { liveEventCtes, liveEventNotified } from '../live/live-event-store.ts';
import { signalLiveEvent } from '../live/live-signals.ts';
import { questionCreatedEvent } from '../live/question-events.ts';
import { generateTrackingCode } from './generate-tracking-code.ts';
import type { NewQuestion } from './insert-question.ts';
import { toSearchText } from './search-text.ts';

/** What the receipt needs of a stored question. */
export type StoredQuestion = Pick<Question, 'id' | 'trackingCode' | 'exchangeId' | 'createdAt'>;

/**
 * A question from the public form and the desk's news of it, in one statement: the row, and
 * the event appended as appendLiveEvent appends it (under the exchange's lock, then NOTIFY), all
 * committed together. One round trip instead of an interactive
 * transaction's four is what lets one instance take a nationwide rush.
 *
 * Throws a unique violation (see isUniqueViolation) when the idempotency key or the tracking
 * code is taken; insertQuestion's retry handles both.
 */
export async function insertWebQuestion(
  prisma: PrismaClient,
  question: NewQuestion,
): Promise<StoredQuestion> {
  const { content } = question;
  const id = randomUUID();
  const organisation = content.askerKind === 'business' ? (content.organisation ?? null) : null;
  const { tenantId, exchangeId, status } = question;
  const event = questionCreatedEvent({ id, tenantId, exchangeId, status, title: content.title });

  const [row] = await prisma.$queryRaw<StoredQuestion[]>`
    WITH question AS (
      INSERT INTO "Question" ("id", "tenantId", "exchangeId", "fieldId", "trackingCode",
        "idempotencyKey", "channel", "status", "askerName", "showName", "askerKind",
        "organisation", "locality", "email", "phone", "title", "body", "searchText",
        "createdAt", "updatedAt")
      VALUES (${id}::uuid, ${question.tenantId}::uuid, ${question.exchangeId}::uuid,
        ${question.fieldId}::uuid, ${generateTrackingCode()}, ${question.idempotencyKey ?? null},
        ${question.channel}::"QuestionChannel", ${question.status}::"QuestionStatus",
        ${content.askerName}, ${content.showName}, ${content.askerKind}::"AskerKind",
        ${organisation}, ${content.locality}, ${content.email ?? null}, ${content.phone ?? null},
        ${content.title}, ${content.body}, ${toSearchText(content.title, content.body)},
        ${question.receivedAt}, ${question.receivedAt})
      RETURNING "id", "trackingCode", "exchangeId", "createdAt"
    ), ${liveEventCtes(event)}
    SELECT q."id", q."trackingCode", q."exchangeId", q."createdAt"
    FROM question q, inserted, ${liveEventNotified(event)}`;
  if (!row) throw new Error('Question insert returned no row');

  signalLiveEvent(event.exchangeId, event.channel);
  return row;
}
