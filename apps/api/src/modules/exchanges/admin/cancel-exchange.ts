import type { AdminExchange } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { appendExchangeChanged } from '../../live/exchange-events.ts';
import { requireTenantExchange } from './exchange-record.ts';
import { assertCancellable, changedMeanwhile } from './exchange-rules.ts';
import { exchangeStatus } from './present-admin-exchange.ts';
import { getAdminExchange } from './read-exchanges.ts';

/**
 * → cancelled. The public page, its feed and its question form disappear at once, because the
 * public condition excludes cancelled exchanges; the row, its questions and the reason stay.
 */
export async function cancelExchange(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  id: string;
  reason: string;
}): Promise<AdminExchange> {
  const { prisma, actor, now, id, reason } = options;

  await prisma.$transaction(async (tx) => {
    const row = await requireTenantExchange(tx, actor.tenantId, id);
    assertCancellable(row, now);

    const cancelled = await tx.exchange.updateMany({
      where: { id, tenantId: actor.tenantId, cancelledAt: null },
      data: { cancelledAt: now, cancelReason: reason },
    });
    if (cancelled.count === 0) throw changedMeanwhile();

    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'exchange.cancel',
      entityType: 'Exchange',
      entityId: id,
      before: { status: exchangeStatus(row), cancelledAt: null, cancelReason: null },
      after: { status: 'cancelled', cancelledAt: now.toISOString(), cancelReason: reason },
    });

    // Open pages learn at once that the exchange is off, rather than at their next reload.
    await appendExchangeChanged(tx, {
      tenantId: actor.tenantId,
      exchangeId: id,
      reason: 'cancelled',
      now,
    });
  });

  return getAdminExchange({ prisma, actor, now, id });
}
