import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendAnswerEvents } from '../../live/answer-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import type { TenantContext } from '../../tenancy/tenant-directory.ts';
import { findAnswerOfQuestion } from './answer-of-question.ts';
import { answerNotInReview } from './desk-errors.ts';
import { holdExchangeSchedule } from './hold-exchange-schedule.ts';

/**
 * A leader approves the answer. Approved before the live start, it is a pre-answer released at
 * that very second; approved during or after the exchange, it is public at once. Release is a
 * condition on the clock (answer-visibility.ts), so no job has to fire at the opening.
 */
export async function approveAnswer(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  tenant: TenantContext;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, tenant, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    await holdExchangeSchedule(tx, { tenantId: actor.tenantId, questionId });
    const before = await findAnswerOfQuestion(tx, actor.tenantId, questionId);
    const { liveStartsAt } = before.exchange;
    const publishAt = new Date(Math.max(now.getTime(), liveStartsAt.getTime()));

    // The attribution is a snapshot: a later change of post does not rewrite a published answer.
    const approved = await tx.answer.updateMany({
      where: { questionId, tenantId: actor.tenantId, status: 'in_review' },
      data: {
        status: 'approved',
        approvedById: actor.id,
        approvedAt: now,
        publishAt,
        answeredByName: actor.name,
        answeredByPosition: actor.position,
        answeredByOrganisation: tenant.name,
        answeredByTenantId: actor.tenantId,
        updatedAt: now,
      },
    });
    if (approved.count === 0 || !before.answer) throw answerNotInReview();

    // Approved work needs nobody's hands any more.
    await tx.question.update({
      where: { id: questionId },
      data: { status: 'approved', claimedById: null, claimedAt: null, updatedAt: now },
    });

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.approve',
      entityType: 'Answer',
      entityId: before.answer.id,
      before: { status: 'in_review', questionStatus: before.status },
      after: {
        status: 'approved',
        questionStatus: 'approved',
        publishAt: publishAt.toISOString(),
        preAnswer: publishAt > now,
      },
    });
    await appendAnswerEvents(tx, { tenantId: actor.tenantId, questionId, change: 'approved', now });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
