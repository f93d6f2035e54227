import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendAnswerStep } from '../../live/desk-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { findAnswerOfQuestion } from './answer-of-question.ts';
import { answerNotInReview } from './desk-errors.ts';

/** A leader sends the answer back with a comment; its writer may edit it again. */
export async function returnAnswer(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  comment: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, comment, now } = options;

  await prisma.$transaction(async (tx) => {
    const before = await findAnswerOfQuestion(tx, actor.tenantId, questionId);

    const returned = await tx.answer.updateMany({
      where: { questionId, tenantId: actor.tenantId, status: 'in_review' },
      data: { status: 'returned', reviewComment: comment, updatedAt: now },
    });
    if (returned.count === 0 || !before.answer) throw answerNotInReview();

    // The claim stays with its holder, so the expert finds the question waiting for them.
    await tx.question.update({
      where: { id: questionId },
      data: { status: 'returned', updatedAt: now },
    });

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.return',
      entityType: 'Answer',
      entityId: before.answer.id,
      before: { status: 'in_review', questionStatus: before.status },
      after: { status: 'returned', questionStatus: 'returned', reviewComment: comment },
    });
    await appendAnswerStep(tx, { tenantId: actor.tenantId, questionId, step: 'returned' });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
