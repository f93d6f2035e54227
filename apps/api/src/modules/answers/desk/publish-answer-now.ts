import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendAnswerEvents } from '../../live/answer-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { findAnswerOfQuestion } from './answer-of-question.ts';
import { answerAlreadyPublic, answerNotApproved } from './desk-errors.ts';

/**
 * A leader releases an approved answer now: a pre-answer ahead of its scheduled second, or an
 * answer that was withdrawn. The route demands an explicit confirmation first.
 */
export async function publishAnswerNow(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    const before = await findAnswerOfQuestion(tx, actor.tenantId, questionId);

    const published = await tx.answer.updateMany({
      where: {
        questionId,
        tenantId: actor.tenantId,
        status: 'approved',
        OR: [{ publishAt: null }, { publishAt: { gt: now } }, { unpublishedAt: { not: null } }],
      },
      data: { publishAt: now, unpublishedAt: null, unpublishReason: null, updatedAt: now },
    });
    if (before.answer?.status !== 'approved') throw answerNotApproved();
    if (published.count === 0) throw answerAlreadyPublic();

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.publish_now',
      entityType: 'Answer',
      entityId: before.answer.id,
      before: {
        status: 'approved',
        publishAt: before.answer.publishAt?.toISOString() ?? null,
        unpublishedAt: before.answer.unpublishedAt?.toISOString() ?? null,
      },
      after: { status: 'approved', publishAt: now.toISOString(), unpublishedAt: null },
    });
    await appendAnswerEvents(tx, {
      tenantId: actor.tenantId,
      questionId,
      change: 'published',
      now,
    });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
