import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchFeedPage } from './api.ts';
import { exchangeKeys } from './query-keys.ts';

/** The published Q&A of an exchange, newest first, one page per "Xem thêm". */
export function useFeed(exchangeId: string) {
  return useInfiniteQuery({
    queryKey: exchangeKeys.feed(exchangeId),
    queryFn: ({ pageParam, signal }) => fetchFeedPage(exchangeId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
