import type { QuestionReceipt, ValidQuestionSubmission } from '@giaoluu/contracts';
import { AppError, conflict, invalidField } from '../../core/errors.ts';
import { formatVietnamTime } from '../../core/vietnam-time.ts';
import type { PrismaClient, QuestionChannel } from '../../generated/prisma/client.ts';
import type { PublicExchangeRow } from '../exchanges/exchange-repository.ts';
import { exchangeState, isIntakeOpen } from '../exchanges/exchange-state.ts';
import { exchangeNotFound } from '../exchanges/public-exchanges.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { findByIdempotencyKey, insertQuestion } from './insert-question.ts';
import type { StoredQuestion } from './insert-web-question.ts';

type SubmitOptions = {
  prisma: PrismaClient;
  tenant: TenantContext;
  exchangeId: string;
  now: Date;
  input: ValidQuestionSubmission;
  idempotencyKey?: string;
  channel?: QuestionChannel;
  /** Looks up the public exchange; a cached look-up in a rush (see PublicExchangeCache). */
  findExchange: (tenantId: string, id: string) => Promise<PublicExchangeRow | null>;
};

/**
 * Records a question and returns its receipt. The receipt exists only once the row is
 * committed, and a retry carrying the same idempotency key returns the same question.
 */
export async function submitQuestion(options: SubmitOptions): Promise<QuestionReceipt> {
  const { prisma, tenant, exchangeId, now, input, idempotencyKey } = options;

  if (input.website) {
    throw new AppError(
      422,
      'spam_suspected',
      'Không gửi được câu hỏi. Vui lòng tải lại trang và gửi lại.',
    );
  }

  // A retry is recognised by its key when it is stored again (insertQuestion), so the usual
  // first attempt costs no look-up. Only when the exchange refuses does an earlier success
  // with the same key matter: a retry after the close still gets its receipt.
  let fieldId: string;
  try {
    fieldId = await intakeFieldOf(options);
  } catch (error) {
    const earlier = await findByIdempotencyKey(prisma, tenant.id, idempotencyKey);
    if (earlier) return receiptFor(earlier, exchangeId);
    throw error;
  }

  const { question } = await insertQuestion(prisma, {
    tenantId: tenant.id,
    exchangeId,
    fieldId,
    channel: options.channel ?? 'web',
    status: 'submitted',
    idempotencyKey,
    receivedAt: now,
    content: input,
  });
  return receiptFor(question, exchangeId);
}

/** The field the question is filed under, once the exchange is found open for questions. */
async function intakeFieldOf(options: SubmitOptions): Promise<string> {
  const { tenant, exchangeId, now, input } = options;
  const exchange = await options.findExchange(tenant.id, exchangeId);
  if (!exchange) throw exchangeNotFound();
  assertIntakeOpen(exchange, now);

  const field = exchange.fields.find(({ field }) => field.slug === input.fieldSlug)?.field;
  if (!field) {
    throw invalidField(
      'fieldSlug',
      'not_in_exchange',
      'Lĩnh vực này không thuộc buổi giao lưu; vui lòng chọn lại.',
    );
  }
  return field.id;
}

function receiptFor(question: StoredQuestion, exchangeId: string): QuestionReceipt {
  // The same key reused for another exchange is a client bug, not a retry.
  if (question.exchangeId !== exchangeId) {
    throw conflict(
      'idempotency_key_reused',
      'Mã Idempotency-Key này đã được dùng cho một câu hỏi khác.',
    );
  }
  return {
    id: question.id,
    trackingCode: question.trackingCode,
    exchangeId: question.exchangeId,
    submittedAt: question.createdAt.toISOString(),
  };
}

function assertIntakeOpen(exchange: Parameters<typeof isIntakeOpen>[0], now: Date): void {
  if (isIntakeOpen(exchange, now)) return;

  if (exchangeState(exchange, now) === 'ended') {
    throw conflict('intake_closed', 'Buổi giao lưu đã kết thúc và không nhận thêm câu hỏi.');
  }
  throw conflict(
    'intake_not_open',
    `Buổi giao lưu chưa mở nhận câu hỏi; vui lòng gửi từ ${formatVietnamTime(exchange.intakeOpensAt)}.`,
  );
}
