import type { ValidQuestionSubmission } from '@giaoluu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeStorage } from '../../shared/browser/storage.ts';
import { exchangeKeys } from '../exchanges/query-keys.ts';
import { submitQuestion } from './api.ts';
import { draftStorageKey } from './question-draft.ts';

type SubmitInput = { submission: ValidQuestionSubmission; idempotencyKey: string };

export function useSubmitQuestion(exchangeId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ submission, idempotencyKey }: SubmitInput) =>
      submitQuestion(exchangeId, submission, idempotencyKey),
    onSuccess: () => {
      // Here rather than in the form: the question is stored even if the form is gone by now.
      removeStorage(draftStorageKey(exchangeId));
      // The counter of questions received has moved.
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchangeId) });
    },
  });
}

export type SubmitQuestion = ReturnType<typeof useSubmitQuestion>;
