import type { StaffCreate, StaffUpdate } from '@giaoluu/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { createStaff, fetchStaff, updateStaff } from './api.ts';
import { adminStaffKeys } from './query-keys.ts';

export function useStaffAccounts({ enabled = true }: { enabled?: boolean } = {}) {
  const staffFetch = useStaffFetch();
  return useQuery({
    queryKey: adminStaffKeys.list(),
    queryFn: ({ signal }) => fetchStaff(staffFetch, signal),
    select: (list) => list.items,
    enabled,
  });
}

/** Creates (id null) or changes an account; who can be assigned questions may change too. */
export function useSaveStaff(id: string | null) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: (body: StaffCreate | StaffUpdate) =>
      id
        ? updateStaff(staffFetch, id, body as StaffUpdate)
        : createStaff(staffFetch, body as StaffCreate),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminStaffKeys.list() }),
        queryClient.invalidateQueries({ queryKey: deskKeys.assignees() }),
      ]),
  });
}
