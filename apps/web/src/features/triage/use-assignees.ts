import { useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { fetchAssignees } from './api.ts';

export function useAssignees({ enabled = true }: { enabled?: boolean } = {}) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.assignees(),
    queryFn: ({ signal }) => fetchAssignees(staffFetch, signal),
    enabled,
    select: (list) => list.items,
  });
}
