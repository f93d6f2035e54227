import type { QuestionReceipt, ValidQuestionSubmission } from '@giaoluu/contracts';
import { AppError, conflict, invalidField } from '../../core/errors.ts';
import { isUniqueViolation } from '../../core/prisma-errors.ts';
import { formatVietnamTime } from '../../core/vietnam-time.ts';
import type { PrismaClient, Question, QuestionChannel } from '../../generated/prisma/client.ts';
import { exchangeState, isIntakeOpen } from '../exchanges/exchange-state.ts';
import { requirePublicExchange } from '../exchanges/public-exchanges.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { generateTrackingCode } from './generate-tracking-code.ts';
import { toSearchText } from './search-text.ts';

type SubmitOptions = {
  prisma: PrismaClient;
  tenant: TenantContext;
  exchangeId: string;
  now: Date;
  input: ValidQuestionSubmission;
  idempotencyKey?: string;
  channel?: QuestionChannel;
};

// A collision among 2^60 codes is all but impossible; retrying covers it without a lock.
const CODE_ATTEMPTS = 3;

/**
 * Records a question and returns its receipt. The receipt exists only once the row is
 * committed, and a retry carrying the same idempotency key returns the same question.
 */
export async function submitQuestion(options: SubmitOptions): Promise<QuestionReceipt> {
  const { prisma, tenant, exchangeId, now, input, idempotencyKey } = options;

  const earlier = await findByIdempotencyKey(prisma, tenant.id, idempotencyKey);
  if (earlier) return receiptFor(earlier, exchangeId);

  if (input.website) {
    throw new AppError(
      422,
      'spam_suspected',
      'Không gửi được câu hỏi. Vui lòng tải lại trang và gửi lại.',
    );
  }

  const exchange = await requirePublicExchange({ prisma, tenantId: tenant.id, id: exchangeId });
  assertIntakeOpen(exchange, now);

  const field = exchange.fields.find(({ field }) => field.slug === input.fieldSlug)?.field;
  if (!field) {
    throw invalidField(
      'fieldSlug',
      'not_in_exchange',
      'Lĩnh vực này không thuộc buổi giao lưu; vui lòng chọn lại.',
    );
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const question = await prisma.question.create({
        data: {
          tenantId: tenant.id,
          exchangeId,
          fieldId: field.id,
          trackingCode: generateTrackingCode(),
          idempotencyKey: idempotencyKey ?? null,
          channel: options.channel ?? 'web',
          askerName: input.askerName,
          showName: input.showName,
          askerKind: input.askerKind,
          organisation: input.askerKind === 'business' ? (input.organisation ?? null) : null,
          locality: input.locality,
          email: input.email ?? null,
          phone: input.phone ?? null,
          title: input.title,
          body: input.body,
          searchText: toSearchText(input.title, input.body),
          createdAt: now,
        },
      });
      return receiptFor(question, exchangeId);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;

      // Either a concurrent retry with the same key won the race, or the code collided.
      const winner = await findByIdempotencyKey(prisma, tenant.id, idempotencyKey);
      if (winner) return receiptFor(winner, exchangeId);
      if (attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

function findByIdempotencyKey(prisma: PrismaClient, tenantId: string, key: string | undefined) {
  if (!key) return null;
  return prisma.question.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } },
  });
}

function receiptFor(question: Question, exchangeId: string): QuestionReceipt {
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
