import type { FeedPage } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePublicExchange } from '../exchanges/public-exchanges.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { visibleAnswerWhere } from './answer-visibility.ts';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.ts';
import { presentFeedItem } from './present-answer.ts';

/** The published Q&A of one exchange, newest release first, one page at a time. */
export async function readPublicFeed(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  exchangeId: string;
  now: Date;
  cursor?: string;
  limit: number;
}): Promise<FeedPage> {
  const { prisma, tenant, exchangeId, now, limit } = options;
  const after = options.cursor ? decodeFeedCursor(options.cursor) : null;

  await requirePublicExchange({ prisma, tenantId: tenant.id, id: exchangeId });

  const rows = await prisma.answer.findMany({
    where: {
      AND: [
        { tenantId: tenant.id, exchangeId },
        visibleAnswerWhere(now),
        after
          ? {
              OR: [
                { publishAt: { lt: after.publishAt } },
                { publishAt: after.publishAt, id: { lt: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ publishAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    include: { question: { include: { field: true } } },
  });

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit;

  return {
    items: page.map((row) => presentFeedItem(row, tenant.name)),
    nextCursor:
      hasMore && last?.publishAt
        ? encodeFeedCursor({ publishAt: last.publishAt, id: last.id })
        : null,
  };
}
