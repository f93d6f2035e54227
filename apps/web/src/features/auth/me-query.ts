import { queryOptions } from '@tanstack/react-query';
import { fetchCsrfToken, fetchMe } from './api.ts';
import { authKeys } from './query-keys.ts';

/**
 * Who is signed in. The answer carries the CSRF token too, so the cache of this query is where
 * the token lives; null means nobody is signed in.
 */
export const meQuery = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });

export const csrfQuery = () =>
  queryOptions({
    queryKey: authKeys.csrf(),
    queryFn: ({ signal }) => fetchCsrfToken(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
