import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Applies an idempotent change to cached data, and again once a fetch that was in flight has
 * settled: that fetch may have read the server before the change, and its result (or, for a
 * next page, the pages it captured when it started) would otherwise overwrite it. Data not
 * loaded yet gets the change when it arrives. `signal` stops the wait when the page goes away.
 */
export function updateAfterFetch<Data>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  change: (data: Data) => Data,
  signal: AbortSignal,
): void {
  const apply = () =>
    queryClient.setQueryData<Data>(queryKey, (data) => (data === undefined ? data : change(data)));
  apply();

  const cache = queryClient.getQueryCache();
  const query = cache.find({ queryKey, exact: true });
  if (!query || query.state.fetchStatus === 'idle' || signal.aborted) return;

  const stop = () => {
    unsubscribe();
    signal.removeEventListener('abort', stop);
  };
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query || query.state.fetchStatus !== 'idle') return;
    stop();
    apply();
  });
  signal.addEventListener('abort', stop);
}
