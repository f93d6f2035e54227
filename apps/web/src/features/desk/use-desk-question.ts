import { useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { fetchDeskQuestion } from './api.ts';
import { deskKeys } from './query-keys.ts';

export function useDeskQuestion(id: string | null) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.question(id ?? ''),
    queryFn: ({ signal }) => fetchDeskQuestion(staffFetch, id ?? '', signal),
    enabled: id !== null,
  });
}
