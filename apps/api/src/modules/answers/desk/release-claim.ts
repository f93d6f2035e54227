import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import { hasAnyRole, type StaffActor } from '../../auth/staff-actor.ts';
import { appendClaimChanged } from '../../live/desk-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { findClaim } from './claim-state.ts';
import { claimChanged, notClaimed, notClaimHolder } from './desk-errors.ts';

/** The holder lets a question go, or a leader frees it for someone else; the assignee stays. */
export async function releaseClaim(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    const current = await findClaim(tx, actor.tenantId, questionId);
    if (!current.claimedById) throw notClaimed();
    if (current.claimedById !== actor.id && !hasAnyRole(actor, ['leader'])) {
      throw notClaimHolder(current.claimedBy?.name ?? null);
    }

    // Releases only the claim just checked; a claim taken over meanwhile stays where it is.
    const released = await tx.question.updateMany({
      where: { id: questionId, tenantId: actor.tenantId, claimedById: current.claimedById },
      data: { claimedById: null, claimedAt: null, updatedAt: now },
    });
    if (released.count === 0) throw claimChanged();

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.release',
      entityType: 'Question',
      entityId: questionId,
      before: {
        status: current.status,
        claimedById: current.claimedById,
        claimedByName: current.claimedBy?.name ?? null,
      },
      after: { status: current.status, claimedById: null },
    });
    await appendClaimChanged(tx, { tenantId: actor.tenantId, questionId, holder: null });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
