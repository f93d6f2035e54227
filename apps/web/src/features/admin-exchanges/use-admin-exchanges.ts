import { useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { fetchAdminExchange, fetchAdminExchanges } from './api.ts';
import { adminExchangeKeys } from './query-keys.ts';

export function useAdminExchanges() {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: adminExchangeKeys.list(),
    queryFn: ({ signal }) => fetchAdminExchanges(staffFetch, signal),
    select: (list) => list.items,
  });
}

export function useAdminExchange(id: string | null) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: adminExchangeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchAdminExchange(staffFetch, id ?? '', signal),
    enabled: id !== null,
  });
}
