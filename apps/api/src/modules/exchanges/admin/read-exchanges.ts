import type { AdminExchange, AdminExchangeList } from '@giaoluu/contracts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { countByExchange } from './exchange-counts.ts';
import { adminExchangeInclude, requireTenantExchange } from './exchange-record.ts';
import { presentAdminExchange } from './present-admin-exchange.ts';

type ReadOptions = { prisma: PrismaClient; actor: StaffActor; now: Date };

// A department runs a handful of exchanges a year; this bound only guards against a runaway.
const LIST_LIMIT = 500;

/** Every exchange of the department, drafts and cancelled ones included, newest live start first. */
export async function listAdminExchanges({
  prisma,
  actor,
  now,
}: ReadOptions): Promise<AdminExchangeList> {
  const rows = await prisma.exchange.findMany({
    where: { tenantId: actor.tenantId },
    include: adminExchangeInclude,
    orderBy: [{ liveStartsAt: 'desc' }, { createdAt: 'desc' }],
    take: LIST_LIMIT,
  });

  const countsOf = await countByExchange({
    prisma,
    tenantId: actor.tenantId,
    exchangeIds: rows.map((row) => row.id),
    now,
  });
  return { items: rows.map((row) => presentAdminExchange(row, now, countsOf(row.id))) };
}

export async function getAdminExchange(
  options: ReadOptions & { id: string },
): Promise<AdminExchange> {
  const { prisma, actor, now, id } = options;

  const row = await requireTenantExchange(prisma, actor.tenantId, id);
  const countsOf = await countByExchange({
    prisma,
    tenantId: actor.tenantId,
    exchangeIds: [row.id],
    now,
  });
  return presentAdminExchange(row, now, countsOf(row.id));
}
