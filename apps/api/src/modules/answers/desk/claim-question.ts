import type { DeskQuestion } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendClaimChanged } from '../../live/desk-events.ts';
import { getDeskQuestion } from '../../questions/desk/get-desk-question.ts';
import { assignToHolder, CLAIMABLE_STATUSES, findClaim, isClaimable } from './claim-state.ts';
import { claimChanged, claimedByOther, notClaimable } from './desk-errors.ts';

/**
 * An expert takes a question to answer it, so two people never write the same answer.
 * Claiming a question one already holds changes nothing.
 */
export async function claimQuestion(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  await prisma.$transaction(async (tx) => {
    // The condition lives in the UPDATE: of two experts claiming at once, the database lets
    // exactly one row match; the other sees the new holder once the first commits.
    const won = await tx.question.updateMany({
      where: {
        id: questionId,
        tenantId: actor.tenantId,
        claimedById: null,
        status: { in: [...CLAIMABLE_STATUSES] },
      },
      data: { claimedById: actor.id, claimedAt: now, updatedAt: now },
    });

    const current = await findClaim(tx, actor.tenantId, questionId);
    if (won.count === 0) {
      if (current.claimedById === actor.id && isClaimable(current.status)) return;
      if (current.claimedBy && current.claimedById !== actor.id) {
        throw claimedByOther(current.claimedBy.name);
      }
      if (!isClaimable(current.status)) throw notClaimable(current.status);
      throw claimChanged();
    }

    const after = await assignToHolder(tx, current, actor.id, now);

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'answer.claim',
      entityType: 'Question',
      entityId: questionId,
      before: { status: current.status, assigneeId: current.assigneeId, claimedById: null },
      after: { ...after, claimedById: actor.id },
    });
    await appendClaimChanged(tx, {
      tenantId: actor.tenantId,
      questionId,
      holder: { id: actor.id, name: actor.name },
    });
  });

  return getDeskQuestion({ prisma, actor, questionId, now });
}
