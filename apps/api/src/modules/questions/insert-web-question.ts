import { randomUUID } from 'node:crypto';
import type { PrismaClient, Question } from '../../generated/prisma/client.ts';
import { LIVE_LOCK_SPACE, LIVE_NOTIFY_CHANNEL } from '../live/live-event-store.ts';
import { signalLiveEvent } from '../live/live-signals.ts';
import { generateTrackingCode } from './generate-tracking-code.ts';
import type { NewQuestion } from './insert-question.ts';
import { toSearchText } from './search-text.ts';

/** What the receipt needs of a stored question. */
export type StoredQuestion = Pick<Question, 'id' | 'trackingCode' | 'exchangeId' | 'createdAt'>;

/**
 * A question from the public form and the desk's news of it, in one statement: the row, then
 * the event under the exchange's lock (so events commit in id order, see appendLiveEvent), then
 * the notification, all committed together. One round trip instead of an interactive
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
      RETURNING "id", "trackingCode", "exchangeId", "createdAt", "tenantId", "title", "status"
    ), locked AS (
      SELECT pg_advisory_xact_lock(${LIVE_LOCK_SPACE}::int, hashtext(${question.exchangeId}))
      FROM question
    ), event AS (
      INSERT INTO "LiveEvent" ("tenantId", "exchangeId", "channel", "type", "payload")
      SELECT q."tenantId", q."exchangeId", 'staff'::"LiveChannel", 'question.created',
        jsonb_build_object('id', q."id", 'title', q."title", 'status', q."status")
      FROM question q, locked
      RETURNING "id", "exchangeId"
    )
    SELECT q."id", q."trackingCode", q."exchangeId", q."createdAt"
    FROM question q, event,
      LATERAL (SELECT pg_notify(${LIVE_NOTIFY_CHANNEL},
        event."exchangeId" || ':' || event."id" || ':staff')) AS notified`;
  if (!row) throw new Error('Question insert returned no row');

  signalLiveEvent(question.exchangeId, 'staff');
  return row;
}
