import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { noContent } from '../../shared/api/api-fetch.ts';
import { clearAnswerBackups } from '../answering/answer-backup.ts';
import { authKeys } from './query-keys.ts';
import { useStaffFetch } from './use-staff-fetch.ts';

const PUBLIC_CACHES = new Set(['tenant', 'exchanges']);

export function useLogout() {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  const navigate = useNavigate();

  return useMutation({
    mutationFn: async () => {
      try {
        await staffFetch('/auth/logout', noContent, { method: 'POST' });
      } catch (error) {
        // A session that already lapsed is as signed out as it gets.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      // Leave first, so the guard does not take the signed-out state for a lapsed session.
      void navigate(paths.staff.login(), { replace: true });
      queryClient.setQueryData(authKeys.me(), null);
      // Contact details of askers must not stay in memory on a shared computer.
      queryClient.removeQueries({
        predicate: (query) =>
          !PUBLIC_CACHES.has(String(query.queryKey[0])) && query.queryKey[0] !== 'auth',
      });
      clearAnswerBackups();
    },
  });
}
