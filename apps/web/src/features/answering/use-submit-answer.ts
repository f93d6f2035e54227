import { useQuestionAction } from '../desk/use-question-action.ts';

export function useSubmitAnswer(id: string) {
  return useQuestionAction(id, 'answer/submit');
}
