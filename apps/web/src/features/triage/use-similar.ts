import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { refreshDesk } from '../desk/use-question-action.ts';
import { fetchSimilar, mergeQuestion } from './api.ts';

export function useSimilar(id: string, { enabled }: { enabled: boolean }) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: deskKeys.similar(id),
    queryFn: ({ signal }) => fetchSimilar(staffFetch, id, signal),
    select: (list) => list.items,
    enabled,
  });
}

/** Merges `id` into the question kept; both change, and so do the lists. */
export function useMerge(id: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: (intoId: string) => mergeQuestion(staffFetch, id, intoId),
    onSuccess: (_result, intoId) => {
      void queryClient.invalidateQueries({ queryKey: deskKeys.similar(id) });
      return refreshDesk(queryClient, [id, intoId]);
    },
  });
}
