import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { sanitizeAnswerHtml } from './answer-html.ts';
import { keepRevision, latestRevision } from './answer-revisions.ts';
import { lockForHolder } from './claim-state.ts';

/** Steps at which the claim holder may still change the answer. */
const EDITABLE_STATUSES = ['assigned', 'drafted', 'returned'] as const;

/**
 * Saves the holder's draft (also every autosave): sanitised, kept as a revision, and stored in
 * the database so that a reload or another device finds it. A returned answer becomes a draft
 * again. A save that changes nothing leaves the answer and its revisions as they were.
 */
export async function saveAnswerDraft(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  html: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;
  const html = sanitizeAnswerHtml(options.html);

  await prisma.$transaction(async (tx) => {
    const question = await lockForHolder(tx, {
      actor,
      questionId,
      statuses: EDITABLE_STATUSES,
      now,
    });

    const existing = await tx.answer.findUnique({ where: { questionId } });
    if ((existing?.bodyHtml ?? '') === html) return;

    // The author is whoever wrote the current text: a leader who took over becomes it.
    const answer = await tx.answer.upsert({
      where: { questionId },
      create: {
        questionId,
        tenantId: actor.tenantId,
        exchangeId: question.exchangeId,
        status: 'draft',
        bodyHtml: html,
        authorId: actor.id,
        createdAt: now,
        updatedAt: now,
      },
      update: { status: 'draft', bodyHtml: html, authorId: actor.id, updatedAt: now },
    });
    if (question.status !== 'drafted') {
      await tx.question.update({
        where: { id: questionId },
        data: { status: 'drafted', updatedAt: now },
      });
    }

    const revisionId = await keepRevision(tx, {
      answerId: answer.id,
      latest: existing ? await latestRevision(tx, existing.id) : null,
      authorId: actor.id,
      html,
      now,
    });
    if (!revisionId) return;

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.draft_saved',
      entityType: 'Answer',
      entityId: answer.id,
      before: { status: existing?.status ?? null, questionStatus: question.status },
      after: { status: 'draft', questionStatus: 'drafted', revisionId },
    });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
