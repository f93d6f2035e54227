import { type DeskQuestion, deskQuestionSchema } from '@giaoluu/contracts';
import type { ResponseSchema } from '../../shared/api/api-fetch.ts';
import type { StaffFetch } from '../auth/staff-fetch.ts';

export function questionPath(id: string, action = ''): string {
  return `/desk/questions/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

export function fetchDeskQuestion(
  staffFetch: StaffFetch,
  id: string,
  signal?: AbortSignal,
): Promise<DeskQuestion> {
  return staffFetch(questionPath(id), deskQuestionSchema, { signal });
}

/**
 * For the actions whose reply the contract leaves open (claim, submit, approve…): a question
 * when the server sends one, checked against the contract, else null and the page reads the
 * question again. A body of another shape counts as nothing too: the action's effect is
 * always read back from the question itself.
 */
export const questionOrNothing: ResponseSchema<DeskQuestion | null> = {
  safeParse: (value) => {
    if (value === undefined || value === null) return { success: true, data: null };
    const parsed = deskQuestionSchema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: true, data: null };
  },
};
