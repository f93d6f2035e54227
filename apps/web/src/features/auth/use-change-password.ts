import { useMutation } from '@tanstack/react-query';
import { noContent } from '../../shared/api/api-fetch.ts';
import { useStaffFetch } from './use-staff-fetch.ts';

type PasswordChange = { currentPassword: string; newPassword: string };

export function useChangePassword() {
  const staffFetch = useStaffFetch();
  return useMutation({
    mutationFn: (change: PasswordChange) =>
      staffFetch('/auth/password', noContent, { method: 'POST', body: change }),
  });
}
