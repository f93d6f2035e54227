import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../shared/api/api-error.ts';

const MAX_RETRIES = 2;

/**
 * A 4xx is the server's final answer (not found, invalid, rate limited): asking again
 * only adds load at the moment a whole country is watching. Network faults and 5xx are retried.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.isClientError) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Public pages change slowly outside the live hours; live pages poll on their own.
        staleTime: 30_000,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
