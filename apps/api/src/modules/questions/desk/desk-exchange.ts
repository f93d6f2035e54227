import { notFound } from '../../../core/errors.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

export const exchangeNotFound = () =>
  notFound('exchange_not_found', 'Không tìm thấy buổi giao lưu này.');

/**
 * An exchange of the staff member's own department, whatever its state: staff see drafts and
 * rehearsals too. Another department's exchange is not found, exactly like a missing one.
 */
export async function requireDeskExchange(options: {
  prisma: PrismaClient;
  tenantId: string;
  id: string;
}) {
  const exchange = await options.prisma.exchange.findFirst({
    where: { id: options.id, tenantId: options.tenantId },
    include: { fields: { include: { field: true } } },
  });
  if (!exchange) throw exchangeNotFound();
  return exchange;
}
