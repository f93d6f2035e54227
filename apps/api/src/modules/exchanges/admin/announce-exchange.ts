import type { AdminExchange } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { phaseAt } from '../../live/exchange-events.ts';
import { notifyScheduleChanged } from '../../live/live-event-store.ts';
import { requireTenantExchange } from './exchange-record.ts';
import { assertAnnounceable, changedMeanwhile } from './exchange-rules.ts';
import { getAdminExchange } from './read-exchanges.ts';

/**
 * Draft → announced. Setting announcedAt is all it takes to publish the public page: public
 * visibility is a condition on the row, so there is nothing else to switch on.
 */
export async function announceExchange(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  id: string;
}): Promise<AdminExchange> {
  const { prisma, actor, now, id } = options;

  await prisma.$transaction(async (tx) => {
    const row = await requireTenantExchange(tx, actor.tenantId, id);
    assertAnnounceable(row, now);

    // Two admins pressing "announce" at once: only one write matches, the other gets a 409.
    const announced = await tx.exchange.updateMany({
      where: { id, tenantId: actor.tenantId, announcedAt: null, cancelledAt: null },
      // Nobody watched a draft, so the phase it is already in needs no announcement.
      data: { announcedAt: now, announcedPhase: phaseAt({ ...row, announcedAt: now }, now) },
    });
    if (announced.count === 0) throw changedMeanwhile();

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'exchange.announce',
      entityType: 'Exchange',
      entityId: id,
      before: { status: 'draft', announcedAt: null },
      after: { status: 'announced', announcedAt: now.toISOString() },
    });
    // Its live start and end are new due times for the live clocks.
    await notifyScheduleChanged(tx);
  });

  return getAdminExchange({ prisma, actor, now, id });
}
