import type { AdminExchange, ValidExchangeInput } from '@giaoluu/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { exchangeKeys } from '../exchanges/query-keys.ts';
import { staffExchangeKeys } from '../staff-shell/query-keys.ts';
import { announceExchange, cancelExchange, createExchange, updateExchange } from './api.ts';
import { adminExchangeKeys } from './query-keys.ts';

/** An exchange changed: its admin view, every list of exchanges and its public page. */
function afterChange(queryClient: QueryClient, exchange: AdminExchange) {
  queryClient.setQueryData(adminExchangeKeys.detail(exchange.id), exchange);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: adminExchangeKeys.list() }),
    queryClient.invalidateQueries({ queryKey: staffExchangeKeys.all }),
    queryClient.invalidateQueries({ queryKey: exchangeKeys.all }),
  ]);
}

export function useSaveExchange(id: string | null) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  return useMutation({
    mutationFn: (input: ValidExchangeInput) =>
      id ? updateExchange(staffFetch, id, input) : createExchange(staffFetch, input),
    onSuccess: (exchange) => afterChange(queryClient, exchange),
  });
}

export function useAnnounceExchange(id: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  return useMutation({
    mutationFn: () => announceExchange(staffFetch, id),
    onSuccess: (exchange) => afterChange(queryClient, exchange),
  });
}

export function useCancelExchange(id: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  return useMutation({
    mutationFn: (reason: string) => cancelExchange(staffFetch, id, reason),
    onSuccess: (exchange) => afterChange(queryClient, exchange),
  });
}
