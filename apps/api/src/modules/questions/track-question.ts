import { normaliseTrackingCode, type TrackResult } from '@giaoluu/contracts';
import { AppError, notFound } from '../../core/errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { isAnswerVisible } from '../answers/answer-visibility.ts';
import { presentPublishedAnswer } from '../answers/present-answer.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { publicStatus } from './public-status.ts';

// Merges form short chains; the bound only guards against a cycle written by mistake.
const MAX_MERGE_HOPS = 5;

/** What the holder of a tracking code may see, in this tenant only. */
export async function trackQuestion(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  code: string;
  now: Date;
}): Promise<TrackResult> {
  const { prisma, tenant, now } = options;

  const code = normaliseTrackingCode(options.code);
  if (!code) {
    throw new AppError(
      422,
      'invalid_tracking_code',
      'Mã tra cứu gồm 12 ký tự chữ và số (ví dụ K7QM-4XPR-9HDT); vui lòng kiểm tra lại.',
    );
  }

  const asked = await prisma.question.findFirst({
    where: { tenantId: tenant.id, trackingCode: code },
    include: { exchange: true },
  });
  if (!asked)
    throw notFound('question_not_found', 'Không tìm thấy câu hỏi với mã này tại đơn vị này.');

  // A merged question is answered by the question it was merged into.
  let answered = asked;
  for (let hop = 0; answered.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) {
    const next = await prisma.question.findFirst({
      where: { tenantId: tenant.id, id: answered.mergedIntoId },
      include: { exchange: true },
    });
    if (!next) break;
    answered = next;
  }

  const answer = await prisma.answer.findUnique({ where: { questionId: answered.id } });
  const exchangePublic = !answered.exchange.rehearsal && answered.exchange.cancelledAt === null;
  const visible = answer && exchangePublic && isAnswerVisible(answer, now) ? answer : null;

  return {
    trackingCode: asked.trackingCode,
    status: publicStatus(asked.status, visible !== null),
    mergedInto: answered.id !== asked.id,
    exchange: { id: asked.exchange.id, title: asked.exchange.title },
    question: { title: asked.title, body: asked.body, submittedAt: asked.createdAt.toISOString() },
    answer: visible ? presentPublishedAnswer(visible, tenant.name) : null,
  };
}
