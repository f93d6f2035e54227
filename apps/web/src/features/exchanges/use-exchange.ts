import { useQuery } from '@tanstack/react-query';
import { fetchExchange } from './api.ts';
import { exchangeKeys } from './query-keys.ts';

export function useExchange(id: string) {
  return useQuery({
    queryKey: exchangeKeys.detail(id),
    queryFn: ({ signal }) => fetchExchange(id, signal),
  });
}
