import { notFound } from '../../../core/errors.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';

export const adminExchangeInclude = {
  fields: { include: { field: true }, orderBy: { field: { sortOrder: 'asc' } } },
  guests: { orderBy: { sortOrder: 'asc' } },
} satisfies Prisma.ExchangeInclude;

export type AdminExchangeRow = Prisma.ExchangeGetPayload<{ include: typeof adminExchangeInclude }>;

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Any exchange of the tenant, drafts and cancelled ones included. Another tenant's exchange
 * answers the same 404 as a missing one, with the same code as the public page.
 */
export async function requireTenantExchange(
  db: Db,
  tenantId: string,
  id: string,
): Promise<AdminExchangeRow> {
  const row = await db.exchange.findFirst({
    where: { id, tenantId },
    include: adminExchangeInclude,
  });
  if (!row) throw notFound('exchange_not_found', 'Không tìm thấy buổi giao lưu này.');
  return row;
}
