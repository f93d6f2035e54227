import { isUniqueViolation } from '../../core/prisma-errors.ts';
import type {
  AskerKind,
  Prisma,
  PrismaClient,
  Question,
  QuestionChannel,
  QuestionStatus,
} from '../../generated/prisma/client.ts';
import { appendLiveEvent } from '../live/live-event-store.ts';
import { questionCreatedEvent } from '../live/question-events.ts';
import { generateTrackingCode } from './generate-tracking-code.ts';
import { insertWebQuestion, type StoredQuestion } from './insert-web-question.ts';
import { toSearchText } from './search-text.ts';

/** What the asker told us, however it arrived (web form, phone, letter, e-mail). */
export type QuestionContent = {
  askerName: string;
  showName: boolean;
  askerKind: AskerKind;
  organisation?: string | undefined;
  locality: string;
  email?: string | undefined;
  phone?: string | undefined;
  title: string;
  body: string;
};

export type NewQuestion = {
  tenantId: string;
  exchangeId: string;
  fieldId: string;
  channel: QuestionChannel;
  status: QuestionStatus;
  idempotencyKey?: string | undefined;
  receivedAt: Date;
  content: QuestionContent;
};

/** Writes that must commit with the question or not at all (an audit entry). */
export type AlongsideWrite = (tx: Prisma.TransactionClient, question: Question) => Promise<void>;

// A collision among 2^60 codes is all but impossible; retrying covers it without a lock.
const CODE_ATTEMPTS = 3;

/**
 * Stores a question under a fresh tracking code, in one transaction with `alongside`. When its
 * idempotency key is taken already (a retry that lost the race), the question stored under it
 * is returned with `created: false`, and nothing is written.
 */
export async function insertQuestion(
  prisma: PrismaClient,
  question: NewQuestion,
  alongside: AlongsideWrite,
): Promise<{ question: Question; created: boolean }>;
export async function insertQuestion(
  prisma: PrismaClient,
  question: NewQuestion,
): Promise<{ question: StoredQuestion; created: boolean }>;
export async function insertQuestion(
  prisma: PrismaClient,
  question: NewQuestion,
  alongside?: AlongsideWrite,
): Promise<{ question: StoredQuestion; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Nothing to write alongside (the public form): the one-statement path of a rush.
      const stored = alongside
        ? await prisma.$transaction(async (tx) => {
            const row = await tx.question.create({ data: questionData(question) });
            await alongside(tx, row);
            await appendLiveEvent(tx, questionCreatedEvent(row));
            return row;
          })
        : await insertWebQuestion(prisma, question);
      return { question: stored, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;

      // Either a concurrent retry with the same key won the race, or the code collided.
      const winner = await findByIdempotencyKey(prisma, question.tenantId, question.idempotencyKey);
      if (winner) return { question: winner, created: false };
      if (attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

export function findByIdempotencyKey(
  prisma: PrismaClient,
  tenantId: string,
  key: string | undefined,
) {
  if (!key) return Promise.resolve(null);
  return prisma.question.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } },
  });
}

function questionData(question: NewQuestion): Prisma.QuestionUncheckedCreateInput {
  const { content } = question;
  return {
    tenantId: question.tenantId,
    exchangeId: question.exchangeId,
    fieldId: question.fieldId,
    trackingCode: generateTrackingCode(),
    idempotencyKey: question.idempotencyKey ?? null,
    channel: question.channel,
    status: question.status,
    askerName: content.askerName,
    showName: content.showName,
    askerKind: content.askerKind,
    organisation: content.askerKind === 'business' ? (content.organisation ?? null) : null,
    locality: content.locality,
    email: content.email ?? null,
    phone: content.phone ?? null,
    title: content.title,
    body: content.body,
    searchText: toSearchText(content.title, content.body),
    createdAt: question.receivedAt,
  };
}
