import { useQuestionAction } from '../desk/use-question-action.ts';

/** The leader's decisions on an answer; each re-reads the question and the lists after. */
export function useReviewActions(id: string) {
  return {
    approve: useQuestionAction(id, 'answer/approve'),
    giveBack: useQuestionAction<{ comment: string }>(id, 'answer/return'),
    publishNow: useQuestionAction<{ confirm: true }>(id, 'answer/publish-now'),
    unpublish: useQuestionAction<{ reason: string }>(id, 'answer/unpublish'),
  };
}

export type ReviewActions = ReturnType<typeof useReviewActions>;
