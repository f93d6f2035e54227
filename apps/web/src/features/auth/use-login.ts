import { type LoginRequest, meSchema } from '@giaoluu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from './query-keys.ts';
import { useStaffFetch } from './use-staff-fetch.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      staffFetch('/auth/login', meSchema, { method: 'POST', body: credentials }),
    onSuccess: (me) => {
      queryClient.setQueryData(authKeys.me(), me);
      // What was cached belongs to the previous session (perhaps another person): read it anew.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    },
  });
}
