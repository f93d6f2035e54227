import { useQuery } from '@tanstack/react-query';
import { fetchTenant } from './api.ts';
import { tenantKeys } from './query-keys.ts';

/** The department (or the ministry) that owns this host. It does not change while a tab is open. */
export function useTenant() {
  return useQuery({
    queryKey: tenantKeys.current(),
    queryFn: ({ signal }) => fetchTenant(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
