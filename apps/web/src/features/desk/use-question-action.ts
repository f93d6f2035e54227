import type { DeskQuestion } from '@giaoluu/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { questionOrNothing, questionPath } from './api.ts';
import { deskKeys } from './query-keys.ts';

/** Claim, submit, approve…: one POST on one question, whose state every list then reflects. */
export function useQuestionAction<Body = void>(id: string, action: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: (body: Body) =>
      staffFetch(questionPath(id, action), questionOrNothing, { method: 'POST', body }),
    onSuccess: (question) => afterQuestionChange(queryClient, id, question),
    // A refusal (claimed by someone else, not the holder…) means the page is out of date.
    onError: () => void queryClient.invalidateQueries({ queryKey: deskKeys.question(id) }),
  });
}

export function afterQuestionChange(
  queryClient: QueryClient,
  id: string,
  question: DeskQuestion | null,
): Promise<void> {
  if (question) queryClient.setQueryData(deskKeys.question(id), question);
  void queryClient.invalidateQueries({ queryKey: deskKeys.revisions(id) });
  return refreshDesk(queryClient, question ? [] : [id]);
}

/** The queues and "my questions" after a change, and the questions named. */
export function refreshDesk(queryClient: QueryClient, questionIds: readonly string[] = []) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deskKeys.queues() }),
    queryClient.invalidateQueries({ queryKey: deskKeys.mine() }),
    ...questionIds.map((id) => queryClient.invalidateQueries({ queryKey: deskKeys.question(id) })),
  ]).then(() => undefined);
}
