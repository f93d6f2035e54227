import { useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { fetchMyQuestions } from './api.ts';

export function useMyQuestions() {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.mine(),
    queryFn: ({ signal }) => fetchMyQuestions(staffFetch, signal),
    select: (list) => list.items,
  });
}
