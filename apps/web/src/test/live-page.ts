import type { ExchangeDetail, FeedItem } from '@giaoluu/contracts';
import { json, mockApi, type RecordedRequest } from './fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, feedItem, tenant } from './fixtures.ts';

export const DETAIL_PATH = `/api/exchanges/${EXCHANGE_ID}`;
export const FEED_PATH = `/api/exchanges/${EXCHANGE_ID}/feed?limit=10`;

/**
 * The API behind a live exchange page. `details` are the exchange as read one call after the
 * other (the last one repeats); the feed always answers `feed`, unless `feedReply` is given.
 */
export function mockLivePage(
  options: {
    details?: ExchangeDetail[];
    feed?: FeedItem[];
    feedReply?: (request: RecordedRequest) => Response | Promise<Response>;
  } = {},
) {
  const details = options.details ?? [exchangeDetail({ state: 'live', intakeOpen: true })];
  let detailCalls = 0;
  const { requests } = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    [`GET ${DETAIL_PATH}`]: () => {
      const detail = details[Math.min(detailCalls, details.length - 1)];
      detailCalls += 1;
      return json(200, detail);
    },
    [`GET ${FEED_PATH}`]:
      options.feedReply ??
      (() => json(200, { items: options.feed ?? [feedItem()], nextCursor: null })),
  });
  const count = (path: string) => requests.filter((request) => request.path === path).length;
  return {
    requests,
    feedReads: () => count(FEED_PATH),
    detailReads: () => count(DETAIL_PATH),
  };
}
