import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import { conflict, invalidField, notFound } from '../../../core/errors.ts';
import type { PrismaClient, QuestionStatus } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendQuestionsChanged } from '../../live/desk-events.ts';
import { getDeskQuestion, questionNotFound } from './get-desk-question.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { CLOSED_STATUSES, MERGEABLE_FROM } from './triage-rules.ts';

type LockedRow = {
  id: string;
  exchangeId: string;
  status: QuestionStatus;
  assigneeId: string | null;
  claimedById: string | null;
};

/**
 * Marks a question as a duplicate of another of the same exchange: its asker is then shown the
 * kept question's answer. Questions merged into it earlier are pointed at the kept one too, so
 * every chain is a single hop however many merges follow.
 */
export async function mergeQuestion(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  intoId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, intoId, now } = options;
  if (questionId === intoId) {
    throw invalidField('intoId', 'same_question', 'Không thể gộp một câu hỏi vào chính nó.');
  }

  await prisma.$transaction(async (tx) => {
    // Both rows are locked, in id order so that two opposite merges cannot deadlock: without
    // the lock, "A into B" and "B into A" at the same moment would each see the other open
    // and leave a cycle. Prisma has no SELECT … FOR UPDATE, hence raw SQL.
    const rows = await tx.$queryRaw<LockedRow[]>`
      SELECT id, "exchangeId", status::text AS status, "assigneeId", "claimedById"
      FROM "Question"
      WHERE "tenantId" = ${actor.tenantId}::uuid AND id IN (${questionId}::uuid, ${intoId}::uuid)
      ORDER BY id
      FOR UPDATE`;
    const source = rows.find((row) => row.id === questionId);
    const target = rows.find((row) => row.id === intoId);
    if (!source) throw questionNotFound();
    if (!target) {
      throw notFound(
        'merge_target_not_found',
        'Không tìm thấy câu hỏi được giữ lại tại đơn vị của bạn.',
      );
    }
    assertMergeable(source, target);

    await tx.question.update({
      where: { id: source.id },
      data: { status: 'merged', mergedIntoId: target.id, assigneeId: null, updatedAt: now },
    });
    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'question.merged',
      entityType: 'Question',
      entityId: source.id,
      before: { status: source.status, mergedIntoId: null, assigneeId: source.assigneeId },
      after: { status: 'merged', mergedIntoId: target.id, assigneeId: null },
    });
    await appendQuestionsChanged(tx, {
      tenantId: actor.tenantId,
      questionIds: [source.id, target.id],
    });

    const followers = await tx.question.findMany({
      where: { tenantId: actor.tenantId, mergedIntoId: source.id },
      select: { id: true },
    });
    if (followers.length === 0) return;
    await tx.question.updateMany({
      where: { tenantId: actor.tenantId, mergedIntoId: source.id },
      data: { mergedIntoId: target.id, updatedAt: now },
    });
    for (const follower of followers) {
      await recordAudit(tx, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: 'question.merge_redirected',
        entityType: 'Question',
        entityId: follower.id,
        before: { mergedIntoId: source.id },
        after: { mergedIntoId: target.id },
      });
    }
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}

function assertMergeable(source: LockedRow, target: LockedRow): void {
  if (target.exchangeId !== source.exchangeId) {
    throw invalidField(
      'intoId',
      'other_exchange',
      'Chỉ gộp được các câu hỏi của cùng một buổi giao lưu.',
    );
  }
  if (!MERGEABLE_FROM.includes(source.status)) {
    throw conflict(
      'question_not_mergeable',
      `Câu hỏi đang ở trạng thái “${STATUS_LABELS[source.status]}”, không thể gộp.`,
    );
  }
  if (source.claimedById) {
    throw conflict(
      'question_claimed',
      'Câu hỏi đã được chuyên viên nhận xử lý; không thể gộp vào câu hỏi khác.',
    );
  }
  if (CLOSED_STATUSES.includes(target.status)) {
    throw conflict(
      'merge_target_closed',
      `Câu hỏi được giữ lại đang ở trạng thái “${STATUS_LABELS[target.status]}”; hãy chọn câu hỏi khác.`,
    );
  }
}
