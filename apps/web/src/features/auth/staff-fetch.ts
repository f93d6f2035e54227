import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../shared/api/api-error.ts';
import { type ApiRequest, apiFetch, type ResponseSchema } from '../../shared/api/api-fetch.ts';
import { csrfQuery, meQuery } from './me-query.ts';
import { authKeys } from './query-keys.ts';

export type StaffFetch = <T>(
  path: string,
  schema: ResponseSchema<T>,
  request?: ApiRequest,
) => Promise<T>;

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * apiFetch for the staff area: every change carries the CSRF token, a token the server no
 * longer accepts is renewed and the request sent once more, and a lost session is written into
 * the cache of `me` so that the guard asks the person to sign in again.
 */
export function createStaffFetch(queryClient: QueryClient): StaffFetch {
  async function send<T>(
    path: string,
    schema: ResponseSchema<T>,
    request: ApiRequest,
    renew: boolean,
  ) {
    if (!CHANGES.has(request.method ?? 'GET')) return apiFetch(path, schema, request);

    const token = await csrfToken(queryClient, renew);
    return apiFetch(path, schema, {
      ...request,
      headers: { ...request.headers, [CSRF_HEADER]: token },
    });
  }

  return async function staffFetch<T>(
    path: string,
    schema: ResponseSchema<T>,
    request: ApiRequest = {},
  ): Promise<T> {
    try {
      try {
        return await send(path, schema, request, false);
      } catch (error) {
        // Tokens go stale (a new session in another tab, a server restart): one fresh try.
        if (isApiError(error) && error.code === 'csrf_invalid') {
          return await send(path, schema, request, true);
        }
        throw error;
      }
    } catch (error) {
      if (isApiError(error) && error.code === 'not_signed_in') {
        queryClient.setQueryData(authKeys.me(), null);
      }
      throw error;
    }
  };
}

async function csrfToken(queryClient: QueryClient, renew: boolean): Promise<string> {
  const me = queryClient.getQueryData(meQuery().queryKey);
  if (me && !renew) return me.csrfToken;

  if (me) {
    const fresh = await queryClient.fetchQuery({ ...meQuery(), staleTime: 0 });
    if (fresh) return fresh.csrfToken;
  }
  return renew
    ? queryClient.fetchQuery({ ...csrfQuery(), staleTime: 0 })
    : queryClient.ensureQueryData(csrfQuery());
}
