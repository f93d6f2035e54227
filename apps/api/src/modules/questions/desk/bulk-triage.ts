import type { BulkAction, BulkResult } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import { invalidField } from '../../../core/errors.ts';
import {
  Prisma,
  type PrismaClient,
  type QuestionStatus,
} from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendQuestionsChanged } from '../../live/desk-events.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { TRIAGE_RULES } from './triage-rules.ts';

type ChangedRow = { id: string; beforeStatus: QuestionStatus; beforeAssigneeId: string | null };

/**
 * Accepts, rejects or assigns many questions at once. Each question changes only if its status
 * (and, for assigning, its claim) allows it at the moment of the UPDATE itself, so two
 * moderators working the same queue cannot undo each other; the rest are reported with the
 * reason. The changes and their audit entries commit together.
 */
export async function bulkTriage(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  action: BulkAction;
  now: Date;
}): Promise<BulkResult> {
  const { prisma, actor, action, now } = options;
  const ids = [...new Set(action.ids)];

  if (action.action === 'assign') await requireExpert(prisma, actor.tenantId, action.assigneeId);

  const changed = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ChangedRow[]>(transitionSql(action, ids, actor.tenantId, now));
    for (const row of rows) {
      await recordAudit(tx, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: `question.${TRIAGE_RULES[action.action].to}`,
        entityType: 'Question',
        entityId: row.id,
        ...auditChange(action, row),
      });
    }
    await appendQuestionsChanged(tx, {
      tenantId: actor.tenantId,
      questionIds: rows.map((row) => row.id),
    });
    return rows;
  });

  const updated = new Set(changed.map((row) => row.id));
  return {
    updated: ids.filter((id) => updated.has(id)),
    skipped: await explainSkipped(
      prisma,
      actor.tenantId,
      action,
      ids.filter((id) => !updated.has(id)),
    ),
  };
}

/**
 * One statement per action: the CTE locks the rows that qualify and keeps their previous
 * values for the audit (an UPDATE's RETURNING only sees the new ones, hence raw SQL).
 */
function transitionSql(action: BulkAction, ids: string[], tenantId: string, now: Date) {
  const rule = TRIAGE_RULES[action.action];
  const set = [Prisma.sql`status = ${rule.to}::"QuestionStatus"`, Prisma.sql`"updatedAt" = ${now}`];
  let guard = Prisma.empty;
  if (action.action === 'reject') set.push(Prisma.sql`"rejectionReason" = ${action.reason}`);
  if (action.action === 'assign') {
    set.push(Prisma.sql`"assigneeId" = ${action.assigneeId}::uuid`);
    guard = Prisma.sql`AND ("claimedById" IS NULL OR "claimedById" = ${action.assigneeId}::uuid)`;
  }

  // Rows are locked in id order, so two overlapping bulk actions wait for each other instead of
  // deadlocking; the second then sees the new status and leaves the row alone.
  return Prisma.sql`
    WITH target AS (
      SELECT id, status, "assigneeId" FROM "Question"
      WHERE "tenantId" = ${tenantId}::uuid
        AND id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
        AND status IN (${Prisma.join(rule.from.map((s) => Prisma.sql`${s}::"QuestionStatus"`))})
        ${guard}
      ORDER BY id
      FOR UPDATE
    )
    UPDATE "Question" AS q SET ${Prisma.join(set, ', ')}
    FROM target
    WHERE q.id = target.id
    RETURNING q.id, target.status::text AS "beforeStatus", target."assigneeId" AS "beforeAssigneeId"`;
}

function auditChange(action: BulkAction, row: ChangedRow) {
  const to = TRIAGE_RULES[action.action].to;
  switch (action.action) {
    case 'accept':
      return { before: { status: row.beforeStatus }, after: { status: to } };
    case 'reject':
      return {
        before: { status: row.beforeStatus },
        after: { status: to, rejectionReason: action.reason },
      };
    case 'assign':
      return {
        before: { status: row.beforeStatus, assigneeId: row.beforeAssigneeId },
        after: { status: to, assigneeId: action.assigneeId },
      };
  }
}

async function explainSkipped(
  prisma: PrismaClient,
  tenantId: string,
  action: BulkAction,
  ids: string[],
): Promise<BulkResult['skipped']> {
  if (ids.length === 0) return [];
  const rule = TRIAGE_RULES[action.action];

  const rows = await prisma.question.findMany({
    where: { id: { in: ids }, tenantId },
    select: { id: true, status: true, claimedById: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));

  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) {
      return { id, code: 'not_found', message: 'Không tìm thấy câu hỏi này tại đơn vị của bạn.' };
    }
    if (action.action === 'assign' && rule.from.includes(row.status) && row.claimedById) {
      return {
        id,
        code: 'claimed_by_other',
        message: 'Câu hỏi đã được một chuyên viên khác nhận xử lý; không thể giao cho người khác.',
      };
    }
    return {
      id,
      code: 'wrong_state',
      message: `Câu hỏi đang ở trạng thái “${STATUS_LABELS[row.status]}”, không thể ${rule.verb}.`,
    };
  });
}

async function requireExpert(prisma: PrismaClient, tenantId: string, staffId: string) {
  // Roles are checked here rather than with `roles: { has }`: the embedded database's driver
  // adapter sends that enum-array parameter malformed in the built server.
  const staff = await prisma.staffUser.findFirst({
    where: { id: staffId, tenantId, disabledAt: null },
    select: { roles: true },
  });
  if (!staff?.roles.includes('expert')) {
    throw invalidField(
      'assigneeId',
      'not_an_expert',
      'Chỉ giao được cho chuyên viên đang làm việc của Sở; vui lòng chọn người khác.',
    );
  }
}
