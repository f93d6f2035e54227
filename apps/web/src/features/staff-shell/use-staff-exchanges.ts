import { useQuery } from '@tanstack/react-query';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { fetchStaffExchange, fetchStaffExchanges } from './api.ts';
import { staffExchangeKeys } from './query-keys.ts';

export function useStaffExchanges() {
  const admin = can(useStaffUser(), 'administer');
  const staffFetch = useStaffFetch();

  return useQuery({
    queryKey: staffExchangeKeys.list(admin),
    queryFn: ({ signal }) => fetchStaffExchanges(staffFetch, admin, signal),
  });
}

export function useStaffExchange(id: string | undefined) {
  const admin = can(useStaffUser(), 'administer');
  const staffFetch = useStaffFetch();

  return useQuery({
    queryKey: staffExchangeKeys.detail(id ?? '', admin),
    queryFn: ({ signal }) => fetchStaffExchange(staffFetch, id ?? '', admin, signal),
    enabled: Boolean(id),
  });
}
