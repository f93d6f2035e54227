import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { questionOrNothing, questionPath } from '../desk/api.ts';
import { afterQuestionChange } from '../desk/use-question-action.ts';

/**
 * Approve, then publish at once, as one action of the review panel. One mutation rather than
 * two chained in the page: approving replaces the review panel with the publication panel,
 * and a second step hung on the first one's callback would be lost with it. If publishing is
 * refused after the approval went through, the page shows the approved answer with its own
 * "publish now" button to try again.
 */
export function useApproveAndPublish(id: string) {
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();

  return useMutation({
    mutationFn: async () => {
      await staffFetch(questionPath(id, 'answer/approve'), questionOrNothing, { method: 'POST' });
      return staffFetch(questionPath(id, 'answer/publish-now'), questionOrNothing, {
        method: 'POST',
        body: { confirm: true },
      });
    },
    onSuccess: (question) => afterQuestionChange(queryClient, id, question),
    onError: () => afterQuestionChange(queryClient, id, null),
  });
}
