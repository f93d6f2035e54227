import { useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { fetchRevisions } from './api.ts';

export function useRevisions(id: string, { enabled }: { enabled: boolean }) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.revisions(id),
    queryFn: ({ signal }) => fetchRevisions(staffFetch, id, signal),
    select: (list) => list.items,
    enabled,
  });
}
