import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendAnswerStep } from '../../live/desk-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { hasAnswerText } from './answer-html.ts';
import { latestRevision, SUBMITTED_NOTE } from './answer-revisions.ts';
import { lockForHolder } from './claim-state.ts';
import { answerEmpty } from './desk-errors.ts';

// "assigned" is accepted here only to answer "write something first" rather than "wrong step".
const SUBMITTABLE_STATUSES = ['assigned', 'drafted', 'returned'] as const;

/** The holder sends the answer to a leader; it cannot be edited until it is returned. */
export async function submitAnswer(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    const question = await lockForHolder(tx, {
      actor,
      questionId,
      statuses: SUBMITTABLE_STATUSES,
      now,
    });

    const answer = await tx.answer.findUnique({ where: { questionId } });
    if (!answer || !hasAnswerText(answer.bodyHtml)) throw answerEmpty();

    await tx.answer.update({
      where: { id: answer.id },
      data: { status: 'in_review', updatedAt: now },
    });
    await tx.question.update({
      where: { id: questionId },
      data: { status: 'in_review', updatedAt: now },
    });

    // Later saves must not rewrite the text the leader is reading, so the revision is sealed.
    const latest = await latestRevision(tx, answer.id);
    if (latest && latest.note === null) {
      await tx.answerRevision.update({ where: { id: latest.id }, data: { note: SUBMITTED_NOTE } });
    }

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.submit',
      entityType: 'Answer',
      entityId: answer.id,
      before: { status: answer.status, questionStatus: question.status },
      after: { status: 'in_review', questionStatus: 'in_review' },
    });
    await appendAnswerStep(tx, { tenantId: actor.tenantId, questionId, step: 'submitted' });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
