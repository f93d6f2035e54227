import type { BulkAction } from '@giaoluu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { refreshDesk } from '../desk/use-question-action.ts';
import { runBulkAction } from './api.ts';

export function useBulkAction() {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: (action: BulkAction) => runBulkAction(staffFetch, action),
    onSuccess: (result) => refreshDesk(queryClient, result.updated),
  });
}
