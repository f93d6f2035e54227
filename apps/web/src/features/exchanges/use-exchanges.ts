import { useQuery } from '@tanstack/react-query';
import { fetchExchanges } from './api.ts';
import { exchangeKeys } from './query-keys.ts';

export function useExchanges() {
  return useQuery({
    queryKey: exchangeKeys.list(),
    queryFn: ({ signal }) => fetchExchanges(signal),
  });
}
