import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

/**
 * The public may see an exchange once it is announced, unless it is a rehearsal or cancelled.
 * Every query here is scoped by the tenant: another tenant's exchange is simply not found.
 */
export function publicExchangeWhere(tenantId: string): Prisma.ExchangeWhereInput {
  return { tenantId, announcedAt: { not: null }, rehearsal: false, cancelledAt: null };
}

export function findPublicExchanges(prisma: PrismaClient, tenantId: string) {
  return prisma.exchange.findMany({
    where: publicExchangeWhere(tenantId),
    orderBy: { liveStartsAt: 'desc' },
    take: 200,
  });
}

export function findPublicExchange(prisma: PrismaClient, tenantId: string, id: string) {
  return prisma.exchange.findFirst({
    where: { ...publicExchangeWhere(tenantId), id },
    include: {
      fields: { include: { field: true }, orderBy: { field: { sortOrder: 'asc' } } },
      guests: { orderBy: { sortOrder: 'asc' } },
    },
  });
}

export type PublicExchangeRow = NonNullable<Awaited<ReturnType<typeof findPublicExchange>>>;
