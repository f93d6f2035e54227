import {
  answerPublishedEventSchema,
  answerWithdrawnEventSchema,
  type ExchangeDetail,
  exchangeCountersEventSchema,
  PUBLIC_LIVE_EVENTS,
} from '@giaoluu/contracts';
import type { QueryClient } from '@tanstack/react-query';
import {
  type FeedData,
  withCounts,
  withFeedItem,
  withoutFeedItem,
} from '../exchanges/feed-cache.ts';
import { exchangeKeys } from '../exchanges/query-keys.ts';
import { updateAfterFetch } from './update-after-fetch.ts';

type Handlers = Record<string, (event: MessageEvent) => void>;

/**
 * What each public live event does to the page's cached data. Events carry what changed, so
 * a viewer applies them instead of asking the server again: with thousands watching, one
 * refetch per viewer per answer is thousands of requests. Only a change of state or schedule
 * is re-read, because the exchange computes those.
 * `signal` ends the waits for fetches in flight (see update-after-fetch) when the page goes.
 */
export function liveEventHandlers(
  queryClient: QueryClient,
  exchangeId: string,
  signal: AbortSignal,
): Handlers {
  const feedKey = exchangeKeys.feed(exchangeId);
  const detailKey = exchangeKeys.detail(exchangeId);
  const updateFeed = (change: (data: FeedData) => FeedData) =>
    updateAfterFetch(queryClient, feedKey, change, signal);
  // A payload we cannot read (a server on an older contract, a bad deploy) is skipped; the
  // feed is re-read instead, so the page is still right, only at the usual cost.
  const rereadFeed = () => void queryClient.invalidateQueries({ queryKey: feedKey, exact: true });
  const rereadDetail = () =>
    void queryClient.invalidateQueries({ queryKey: detailKey, exact: true });

  return {
    [PUBLIC_LIVE_EVENTS.answerPublished]: (event) => {
      const payload = parse(answerPublishedEventSchema, event);
      if (!payload) return rereadFeed();
      updateFeed((data) => withFeedItem(data, payload.item));
    },
    [PUBLIC_LIVE_EVENTS.answerWithdrawn]: (event) => {
      const payload = parse(answerWithdrawnEventSchema, event);
      if (!payload) return rereadFeed();
      updateFeed((data) => withoutFeedItem(data, payload.questionId));
    },
    [PUBLIC_LIVE_EVENTS.exchangeCounters]: (event) => {
      const payload = parse(exchangeCountersEventSchema, event);
      // The counters live in the exchange, so that is what is re-read.
      if (!payload) return rereadDetail();
      updateAfterFetch<ExchangeDetail>(
        queryClient,
        detailKey,
        (detail) => withCounts(detail, payload),
        signal,
      );
    },
    // The reason is not needed: whatever changed, the exchange is read again.
    [PUBLIC_LIVE_EVENTS.exchangeChanged]: rereadDetail,
  };
}

type Schema<Payload> = {
  safeParse: (value: unknown) => { success: true; data: Payload } | { success: false };
};

function parse<Payload>(schema: Schema<Payload>, event: MessageEvent): Payload | null {
  if (typeof event.data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
