import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { randomId } from '../../shared/browser/random-id.ts';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { refreshDesk } from '../desk/use-question-action.ts';
import { createManualQuestion } from './api.ts';

/**
 * Saves a question taken by phone or letter. The idempotency key is kept across retries of
 * one question until the server has answered for sure, so a save whose reply was lost on the
 * network is not stored twice when the officer presses the button again.
 */
export function useManualQuestion(exchangeId: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  const key = useRef<string | null>(null);

  return useMutation({
    mutationFn: (body: unknown) => {
      key.current ??= randomId();
      return createManualQuestion(staffFetch, exchangeId, body, key.current);
    },
    onSuccess: () => {
      key.current = null;
      return refreshDesk(queryClient);
    },
    onError: (error) => {
      if (isApiError(error) && error.isClientError) key.current = null;
    },
  });
}
