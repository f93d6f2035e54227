import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendClaimChanged } from '../../live/desk-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { assignToHolder, CLAIMABLE_STATUSES, findClaim, isClaimable } from './claim-state.ts';
import { claimChanged, notClaimable } from './desk-errors.ts';

/**
 * A leader moves the claim to themselves, e.g. when the holder is away on the live day.
 * The audit entry names who held it before.
 */
export async function takeOverClaim(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    const previous = await findClaim(tx, actor.tenantId, questionId);
    if (!isClaimable(previous.status)) throw notClaimable(previous.status);
    if (previous.claimedById === actor.id) return;

    // Moves the claim only from the holder just read: if it changed meanwhile, nothing moves
    // and the leader is told to look again, so the audit entry never names the wrong person.
    const moved = await tx.question.updateMany({
      where: {
        id: questionId,
        tenantId: actor.tenantId,
        claimedById: previous.claimedById,
        status: { in: [...CLAIMABLE_STATUSES] },
      },
      data: { claimedById: actor.id, claimedAt: now, updatedAt: now },
    });
    if (moved.count === 0) throw claimChanged();

    const locked = await findClaim(tx, actor.tenantId, questionId);
    const after = await assignToHolder(tx, locked, actor.id, now);

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.take_over',
      entityType: 'Question',
      entityId: questionId,
      before: {
        status: locked.status,
        assigneeId: locked.assigneeId,
        claimedById: previous.claimedById,
        claimedByName: previous.claimedBy?.name ?? null,
      },
      after: { ...after, claimedById: actor.id, claimedByName: actor.name },
    });
    await appendClaimChanged(tx, {
      tenantId: actor.tenantId,
      questionId,
      holder: { id: actor.id, name: actor.name },
      takenFrom: previous.claimedById
        ? { previousHolderId: previous.claimedById, title: previous.title }
        : undefined,
    });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
