import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { fetchQueue } from './api.ts';

/**
 * One page of an exchange's questions. The previous page stays on screen while the next loads,
 * so the table does not jump on every keystroke of a search. It refreshes when the officer
 * comes back to the tab and after every action; the staff event stream will push new questions.
 */
export function useQueue(exchangeId: string, query: string) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.queue(exchangeId, query),
    queryFn: ({ signal }) => fetchQueue(staffFetch, exchangeId, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
