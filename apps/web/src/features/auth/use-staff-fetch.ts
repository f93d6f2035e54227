import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createStaffFetch, type StaffFetch } from './staff-fetch.ts';

/** The fetcher of staff calls, bound to this tree's query cache (one per test, one per tab). */
export function useStaffFetch(): StaffFetch {
  const queryClient = useQueryClient();
  return useMemo(() => createStaffFetch(queryClient), [queryClient]);
}
