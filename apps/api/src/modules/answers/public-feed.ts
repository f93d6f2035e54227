import type { FeedItem, FeedPage } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePublicExchange } from '../exchanges/public-exchanges.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { feedAnswerWhere } from './answer-visibility.ts';
import { decodeFeedCursor, encodeFeedCursor, type FeedCursor } from './feed-cursor.ts';
import { presentFeedItem } from './present-answer.ts';

/** A feed item with the cursor that continues the feed after it. */
export type FeedEntry = { item: FeedItem; cursor: string };

/** The published Q&A of one exchange, newest release first, one page at a time. */
export async function readPublicFeed(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  exchangeId: string;
  now: Date;
  cursor?: string;
  limit: number;
}): Promise<FeedPage> {
  const after = options.cursor ? decodeFeedCursor(options.cursor) : null;
  const window = await readFeedWindow({ ...options, after });
  return pageOfWindow(window, options.limit);
}

/**
 * Up to `limit` items after `after` (from the newest when null), whether more follow, and the
 * exchange's live start (read with it, for nextReleaseAt). The exchange must be public in the
 * tenant, else 404.
 */
export async function readFeedWindow(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  exchangeId: string;
  now: Date;
  after: FeedCursor | null;
  limit: number;
}): Promise<{ entries: FeedEntry[]; hasMore: boolean; liveStartsAt: Date }> {
  const { prisma, tenant, exchangeId, now, after, limit } = options;

  const exchange = await requirePublicExchange({ prisma, tenantId: tenant.id, id: exchangeId });

  const rows = await prisma.answer.findMany({
    where: {
      AND: [
        { tenantId: tenant.id, exchangeId },
        feedAnswerWhere(now),
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

  const entries = rows.slice(0, limit).map((row) => ({
    item: presentFeedItem(row, tenant.name),
    // Visible rows always have a release time.
    cursor: encodeFeedCursor({ publishAt: row.publishAt ?? now, id: row.id }),
  }));
  return { entries, hasMore: rows.length > limit, liveStartsAt: exchange.liveStartsAt };
}

/** The first `limit` entries of a window as a page; the cursor continues after the last one. */
export function pageOfWindow(
  window: { entries: FeedEntry[]; hasMore: boolean },
  limit: number,
): FeedPage {
  const page = window.entries.slice(0, limit);
  const more = window.hasMore || window.entries.length > limit;
  return {
    items: page.map((entry) => entry.item),
    nextCursor: more ? (page.at(-1)?.cursor ?? null) : null,
  };
}

/**
 * The next moment the feed of an exchange changes by the clock alone: the release of an
 * approved answer scheduled later, or the live start, at which any pre-answer approved from now
 * on will be released (approval releases at the live start or at once, nothing else).
 */
export async function nextReleaseAt(
  prisma: PrismaClient,
  exchange: { tenantId: string; exchangeId: string; liveStartsAt: Date },
  now: Date,
): Promise<Date | null> {
  const next = await prisma.answer.findFirst({
    where: {
      tenantId: exchange.tenantId,
      exchangeId: exchange.exchangeId,
      status: 'approved',
      unpublishedAt: null,
      publishAt: { gt: now },
    },
    orderBy: { publishAt: 'asc' },
    select: { publishAt: true },
  });
  const times = [next?.publishAt, exchange.liveStartsAt]
    .filter((time): time is Date => time instanceof Date && time > now)
    .map((time) => time.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
