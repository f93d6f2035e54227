import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** How often, at most, one query is read again because of the stream. */
export const INVALIDATION_INTERVAL_MS = 500;

export type InvalidationBatcher = {
  invalidate: (queryKey: QueryKey) => void;
  dispose: () => void;
};

/**
 * Turns a stream of "this is stale" into at most one refetch per key per interval. On a
 * nationwide day hundreds of questions arrive each second; refetching the queue for each
 * would flood the API. The first event of a quiet spell refetches at once (a new question
 * shows within a second); later ones in the window fold into one refetch at its end.
 *
 * A refetch still under way is never cancelled for a newer one (a slow API would then never
 * answer at all): the key waits for it to finish, then reads once more.
 */
export function createInvalidationBatcher(
  queryClient: QueryClient,
  intervalMs = INVALIDATION_INTERVAL_MS,
): InvalidationBatcher {
  const windows = new Map<string, { pending: boolean; timer: ReturnType<typeof setTimeout> }>();

  function refetchOrWait(hash: string, queryKey: QueryKey) {
    const busy = queryClient.isFetching({ queryKey }) > 0;
    if (!busy) void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
    const window = {
      pending: busy,
      timer: setTimeout(() => {
        if (window.pending) refetchOrWait(hash, queryKey);
        else windows.delete(hash);
      }, intervalMs),
    };
    windows.set(hash, window);
  }

  return {
    invalidate(queryKey) {
      const hash = JSON.stringify(queryKey);
      const open = windows.get(hash);
      if (open) open.pending = true;
      else refetchOrWait(hash, queryKey);
    },
    dispose() {
      for (const { timer } of windows.values()) clearTimeout(timer);
      windows.clear();
    },
  };
}
