import { FEED_PAGE_MAX } from '@giaoluu/contracts';
import type { Clock } from '../../core/clock.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { latestLiveEventId } from '../live/live-event-store.ts';
import { FeedCache } from './feed-cache.ts';
import { nextReleaseAt, readFeedWindow } from './public-feed.ts';

/**
 * The cache of every exchange's first feed page, read from the database: shared by the feed
 * route and the front lane that serves its current copies (feed-front-lane.ts).
 */
export function createFirstPageCache(options: { prisma: PrismaClient; clock: Clock }): FeedCache {
  const { prisma, clock } = options;

  return new FeedCache({
    clock: () => clock.now(),
    load: async (tenant, exchangeId) => {
      // Read before the answers: every event up to it is reflected in what they show, and a
      // page that opens the stream from it replays whatever came after (see FeedPage).
      const liveEventId = await latestLiveEventId(prisma, {
        exchangeId,
        channel: 'public',
        tenantId: tenant.id,
      });
      // The time is taken after that read, not before: an answer the live clock released in
      // between has its event in the id above, so it must be in the page too.
      const now = clock.now();
      const { liveStartsAt, ...window } = await readFeedWindow({
        prisma,
        tenant,
        exchangeId,
        now,
        after: null,
        limit: FEED_PAGE_MAX,
      });
      const changesAt = await nextReleaseAt(
        prisma,
        { tenantId: tenant.id, exchangeId, liveStartsAt },
        now,
      );
      return { ...window, changesAt, liveEventId };
    },
  });
}
