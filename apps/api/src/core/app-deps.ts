import type { Config } from '../config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { FeedCache } from '../modules/answers/feed-cache.ts';
import type { PublicExchangeCache } from '../modules/exchanges/public-exchange-cache.ts';
import type { ExchangeNews } from '../modules/live/exchange-news.ts';
import type { LiveClock } from '../modules/live/live-clock.ts';
import type { TenantDirectory } from '../modules/tenancy/tenant-directory.ts';
import type { Clock } from './clock.ts';

/** What every capability plugin may use; decorated once on the app as `deps`. */
export type AppDeps = {
  config: Config;
  prisma: PrismaClient;
  clock: Clock;
  tenants: TenantDirectory;
  /** Sends the news that comes with time (live start and end, releases, counters). */
  liveClock: LiveClock;
  /** Which exchanges' public data just changed, for the caches that must drop their copies. */
  exchangeNews: ExchangeNews;
  /** Public exchanges read at most once a second, for what a crowd asks all at once. */
  publicExchanges: PublicExchangeCache;
  /** The first page of each exchange's public feed, serialised once for every viewer. */
  feedPages: FeedCache;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
