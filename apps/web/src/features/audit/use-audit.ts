import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { fetchAudit } from './api.ts';

export const auditKeys = {
  all: ['audit'] as const,
  page: (query: string) => [...auditKeys.all, query] as const,
};

export function useAudit(query: string) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => fetchAudit(staffFetch, query, signal),
    placeholderData: keepPreviousData,
  });
}
