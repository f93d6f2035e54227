import { FEED_PAGE_MAX } from '@giaoluu/contracts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import type { FeedEntry } from './public-feed.ts';
import { pageOfWindow } from './public-feed.ts';

/**
 * What the cache keeps of an exchange: the newest items, and when they change by the clock
 * alone (the next scheduled release), after which the copy is not used again.
 */
export type FeedWindow = {
  entries: FeedEntry[];
  hasMore: boolean;
  changesAt: Date | null;
  /** The newest public event the entries already reflect (read before them). */
  liveEventId?: bigint;
};

export type FeedCacheOptions = {
  /** Reads the newest FEED_PAGE_MAX items of an exchange; throws (404) when it is not public. */
  load(tenant: TenantContext, exchangeId: string): Promise<FeedWindow>;
  /** The least time between two reads of one exchange, however often it changes. */
  minReloadMs?: number;
  /** A copy older than this is read again even without news: a safety net, not the mechanism. */
  maxAgeMs?: number;
  /** How many exchanges are kept; the least recently asked is dropped first. */
  maxExchanges?: number;
  /** Monotonic milliseconds; tests pass their own. */
  now?: () => number;
  /** The app's clock, against which scheduled releases are compared. */
  clock: () => Date;
};

type Entry = {
  window: FeedWindow | null;
  /** The first page serialised once per page size asked, shared by every viewer. */
  pages: Map<number, Buffer>;
  loadedAt: number;
  stale: boolean;
  loading: Promise<FeedWindow> | null;
};

/**
 * The first page of each exchange's public feed, kept in memory and serialised once, so a
 * crowd opening or reopening the live page at the same moment costs one database read per
 * exchange, not one per viewer.
 *
 * News from the live stream marks a copy stale. The next request reads again, but never sooner
 * than minReloadMs after the previous read: requests in between wait for that one read rather
 * than get the stale copy, so a page loaded after an answer was published always shows it.
 * Concurrent requests share one read.
 */
export class FeedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly minReloadMs: number;
  private readonly maxAgeMs: number;
  private readonly maxExchanges: number;
  private readonly now: () => number;

  constructor(private readonly options: FeedCacheOptions) {
    this.minReloadMs = options.minReloadMs ?? 1_000;
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
    this.maxExchanges = options.maxExchanges ?? 2_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** The first page of `limit` items, as JSON bytes: encoded once, written as they are. */
  async firstPage(tenant: TenantContext, exchangeId: string, limit: number): Promise<Buffer> {
    const entry = this.entryOf(tenant.id, exchangeId);
    const window = await this.currentWindow(entry, tenant, exchangeId);

    const cached = entry.window === window ? entry.pages.get(limit) : undefined;
    if (cached !== undefined) return cached;
    const page = pageOfWindow(window, Math.min(limit, FEED_PAGE_MAX));
    const liveEventId = window.liveEventId?.toString();
    const body = Buffer.from(JSON.stringify(liveEventId ? { ...page, liveEventId } : page), 'utf8');
    if (entry.window === window) entry.pages.set(limit, body);
    return body;
  }

  /**
   * The first page of `limit` items if a current copy is already serialised, without waiting
   * and without reading: what the feed's front lane serves (see feed-front-lane.ts). Anything
   * else (no copy, stale, due for release, being read) answers undefined, and the request
   * takes the full path through firstPage.
   */
  freshPage(tenantId: string, exchangeId: string, limit: number): Buffer | undefined {
    const entry = this.entries.get(entryKey(tenantId, exchangeId));
    if (!entry?.window || entry.loading || !this.isCurrent(entry, entry.window)) return undefined;
    return entry.pages.get(limit);
  }

  /** The exchange's public data changed: the next request reads it again. */
  invalidate(exchangeId: string): void {
    for (const [key, entry] of this.entries) {
      if (key.endsWith(exchangeSuffix(exchangeId))) entry.stale = true;
    }
  }

  /** Everything may have changed (the notification connection was lost and is back). */
  invalidateAll(): void {
    for (const entry of this.entries.values()) entry.stale = true;
  }

  /** No news since the read, not too old, and no scheduled release has fallen due. */
  private isCurrent(entry: Entry, window: FeedWindow): boolean {
    return !entry.stale && this.now() - entry.loadedAt < this.maxAgeMs && !this.released(window);
  }

  private released(window: FeedWindow): boolean {
    return window.changesAt !== null && this.options.clock() >= window.changesAt;
  }

  private entryOf(tenantId: string, exchangeId: string): Entry {
    const key = entryKey(tenantId, exchangeId);
    let entry = this.entries.get(key);
    if (entry) {
      // Most recently asked goes last, so the first key is the one to drop.
      this.entries.delete(key);
    } else {
      entry = { window: null, pages: new Map(), loadedAt: 0, stale: true, loading: null };
    }
    this.entries.set(key, entry);
    if (this.entries.size > this.maxExchanges) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  private currentWindow(
    entry: Entry,
    tenant: TenantContext,
    exchangeId: string,
  ): Promise<FeedWindow> {
    // A read under way was started because the copy is stale or absent: wait for it.
    if (entry.loading) return entry.loading;
    if (entry.window && this.isCurrent(entry, entry.window)) return Promise.resolve(entry.window);

    // A release that fell due is public from its second, even before the live clock's news
    // of it arrives: the copy is read again at once.
    const age = this.now() - entry.loadedAt;
    const wait = entry.window && !this.released(entry.window) ? this.minReloadMs - age : 0;
    // Marked stale now, so news arriving while this read runs marks it stale again after.
    entry.stale = false;
    const loading = delay(wait)
      .then(() => {
        entry.loadedAt = this.now();
        return this.options.load(tenant, exchangeId);
      })
      .then(
        (window) => {
          entry.window = window;
          entry.pages = new Map();
          entry.loading = null;
          return window;
        },
        (error: unknown) => {
          // A failed read (404, database down) is not kept: the next request tries again.
          entry.loading = null;
          entry.stale = true;
          throw error;
        },
      );
    entry.loading = loading;
    return loading;
  }
}

// Per tenant as well as exchange: a copy is only ever served to the department it belongs to.
// The id in lower case, as the news names it: a URL may spell the same UUID in capitals.
function entryKey(tenantId: string, exchangeId: string): string {
  return `${tenantId}${exchangeSuffix(exchangeId)}`;
}

const exchangeSuffix = (exchangeId: string) => `:${exchangeId.toLowerCase()}`;

function delay(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
