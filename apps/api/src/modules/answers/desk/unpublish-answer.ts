import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendAnswerEvents } from '../../live/answer-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { findAnswerOfQuestion } from './answer-of-question.ts';
import { answerAlreadyWithdrawn, answerNotApproved } from './desk-errors.ts';

/**
 * A leader withdraws an approved answer from the public feed and tracking page, with a reason.
 * A pre-answer still waiting for its release may be withdrawn too, so a mistake noticed before
 * the opening never goes public; publish-now brings either back.
 */
export async function unpublishAnswer(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  reason: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, reason, now } = options;

  await prisma.$transaction(async (tx) => {
    const before = await findAnswerOfQuestion(tx, actor.tenantId, questionId);

    const withdrawn = await tx.answer.updateMany({
      where: { questionId, tenantId: actor.tenantId, status: 'approved', unpublishedAt: null },
      data: { unpublishedAt: now, unpublishReason: reason, updatedAt: now },
    });
    if (before.answer?.status !== 'approved') throw answerNotApproved();
    if (withdrawn.count === 0) throw answerAlreadyWithdrawn();

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.unpublish',
      entityType: 'Answer',
      entityId: before.answer.id,
      before: {
        status: 'approved',
        publishAt: before.answer.publishAt?.toISOString() ?? null,
        unpublishedAt: null,
      },
      after: { status: 'approved', unpublishedAt: now.toISOString(), unpublishReason: reason },
    });
    await appendAnswerEvents(tx, {
      tenantId: actor.tenantId,
      questionId,
      change: 'withdrawn',
      now,
    });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
