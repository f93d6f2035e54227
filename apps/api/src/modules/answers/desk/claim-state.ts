import type { Prisma, QuestionStatus } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { questionNotFound } from '../../questions/desk/get-desk-question.ts';
import { answerNotEditable, notClaimHolder } from './desk-errors.ts';

type Db = Prisma.TransactionClient;

/** Steps at which an expert may take a question and work on its answer. */
export const CLAIMABLE_STATUSES = ['accepted', 'assigned', 'drafted', 'returned'] as const;

export function isClaimable(status: QuestionStatus): boolean {
  return (CLAIMABLE_STATUSES as readonly QuestionStatus[]).includes(status);
}

/** Who holds a question of the tenant, and at which step it is; 404 when not the tenant's. */
export async function findClaim(db: Db, tenantId: string, questionId: string) {
  const row = await db.question.findFirst({
    where: { id: questionId, tenantId },
    select: {
      id: true,
      exchangeId: true,
      status: true,
      assigneeId: true,
      claimedById: true,
      claimedBy: { select: { id: true, name: true } },
      title: true,
    },
  });
  if (!row) throw questionNotFound();
  return row;
}

export type ClaimState = Awaited<ReturnType<typeof findClaim>>;

/**
 * Takes the question's row lock for its claim holder. Holder and step are conditions of the
 * UPDATE itself, so a take-over or a state change committed a moment earlier cannot slip
 * between a check and the write; the lock then serialises the holder's own saves until commit.
 */
export async function lockForHolder(
  db: Db,
  options: {
    actor: StaffActor;
    questionId: string;
    statuses: readonly QuestionStatus[];
    now: Date;
  },
): Promise<ClaimState> {
  const { actor, questionId, statuses, now } = options;

  const locked = await db.question.updateMany({
    where: {
      id: questionId,
      tenantId: actor.tenantId,
      claimedById: actor.id,
      status: { in: [...statuses] },
    },
    data: { updatedAt: now },
  });

  const current = await findClaim(db, actor.tenantId, questionId);
  if (locked.count === 1) return current;

  // Open work that is not the actor's asks for the claim; anything else is at the wrong step.
  if (current.claimedById !== actor.id && isClaimable(current.status)) {
    throw notClaimHolder(current.claimedBy?.name ?? null);
  }
  throw answerNotEditable(current.status);
}

/**
 * Once someone holds a question that nobody was assigned, it becomes theirs: assigned to them,
 * and an accepted question moves on to "assigned". Returns what the question looks like after.
 */
export async function assignToHolder(
  db: Db,
  question: ClaimState,
  holderId: string,
  now: Date,
): Promise<{ status: QuestionStatus; assigneeId: string }> {
  const next = {
    assigneeId: question.assigneeId ?? holderId,
    status: question.status === 'accepted' ? ('assigned' as const) : question.status,
  };
  if (next.assigneeId !== question.assigneeId || next.status !== question.status) {
    await db.question.update({ where: { id: question.id }, data: { ...next, updatedAt: now } });
  }
  return next;
}
