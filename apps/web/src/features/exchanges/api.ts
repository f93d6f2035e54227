import {
  type ExchangeDetail,
  type ExchangeList,
  exchangeDetailSchema,
  exchangeListSchema,
  type FeedPage,
  feedPageSchema,
} from '@giaoluu/contracts';
import { apiFetch } from '../../shared/api/api-fetch.ts';

export const FEED_PAGE_SIZE = 10;

export function fetchExchanges(signal?: AbortSignal): Promise<ExchangeList> {
  return apiFetch('/exchanges', exchangeListSchema, { signal });
}

export function fetchExchange(id: string, signal?: AbortSignal): Promise<ExchangeDetail> {
  return apiFetch(`/exchanges/${encodeURIComponent(id)}`, exchangeDetailSchema, { signal });
}

export function fetchFeedPage(
  id: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<FeedPage> {
  const query = new URLSearchParams({ limit: String(FEED_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiFetch(`/exchanges/${encodeURIComponent(id)}/feed?${query}`, feedPageSchema, { signal });
}
