import type { DeskQuestion, ValidManualQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import { conflict, invalidField } from '../../../core/errors.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { findByIdempotencyKey, insertQuestion } from '../insert-question.ts';
import { requireDeskExchange } from './desk-exchange.ts';
import { getDeskQuestion } from './get-desk-question.ts';

/**
 * A question that arrived by phone, letter or e-mail, typed in by a moderator. It is accepted
 * at once, and the intake window does not apply: a letter posted on time may be opened late.
 * A retry with the same Idempotency-Key (a double click) returns the question already stored.
 */
export async function enterQuestion(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  exchangeId: string;
  input: ValidManualQuestion;
  idempotencyKey?: string | undefined;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, exchangeId, input, idempotencyKey, now } = options;

  const earlier = await findByIdempotencyKey(prisma, actor.tenantId, idempotencyKey);
  if (earlier) return sameExchange(earlier, options);

  const exchange = await requireDeskExchange({ prisma, tenantId: actor.tenantId, id: exchangeId });
  if (exchange.cancelledAt) {
    throw conflict('exchange_cancelled', 'Buổi giao lưu đã bị hủy; không thể nhập thêm câu hỏi.');
  }
  const field = exchange.fields.find(({ field }) => field.slug === input.fieldSlug)?.field;
  if (!field) {
    throw invalidField(
      'fieldSlug',
      'not_in_exchange',
      'Lĩnh vực này không thuộc buổi giao lưu; vui lòng chọn lại.',
    );
  }

  const { question } = await insertQuestion(
    prisma,
    {
      tenantId: actor.tenantId,
      exchangeId,
      fieldId: field.id,
      channel: input.channel,
      status: 'accepted',
      idempotencyKey,
      receivedAt: now,
      content: input,
    },
    (tx, stored) =>
      recordAudit(tx, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: 'question.entered',
        entityType: 'Question',
        entityId: stored.id,
        after: {
          status: stored.status,
          channel: stored.channel,
          trackingCode: stored.trackingCode,
          exchangeId,
          fieldSlug: field.slug,
          title: stored.title,
        },
      }),
  );

  return sameExchange(question, options);
}

async function sameExchange(
  question: { id: string; exchangeId: string },
  options: { prisma: PrismaClient; actor: StaffActor; exchangeId: string; now: Date },
): Promise<DeskQuestion> {
  // The same key reused for another exchange is a client bug, not a retry.
  if (question.exchangeId !== options.exchangeId) {
    throw conflict(
      'idempotency_key_reused',
      'Mã Idempotency-Key này đã được dùng cho một câu hỏi khác.',
    );
  }
  return getDeskQuestion({ ...options, questionId: question.id });
}
