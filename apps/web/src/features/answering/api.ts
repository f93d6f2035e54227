import {
  type DeskQuestion,
  deskQuestionListSchema,
  deskQuestionSchema,
  revisionListSchema,
} from '@giaoluu/contracts';
import type { StaffFetch } from '../auth/staff-fetch.ts';
import { questionPath } from '../desk/api.ts';

export function fetchMyQuestions(staffFetch: StaffFetch, signal?: AbortSignal) {
  return staffFetch('/desk/my-questions', deskQuestionListSchema, { signal });
}

export function saveDraft(
  staffFetch: StaffFetch,
  id: string,
  html: string,
  { keepalive = false } = {},
): Promise<DeskQuestion> {
  return staffFetch(questionPath(id, 'answer/draft'), deskQuestionSchema, {
    method: 'PUT',
    body: { html },
    keepalive,
  });
}

export function fetchRevisions(staffFetch: StaffFetch, id: string, signal?: AbortSignal) {
  return staffFetch(questionPath(id, 'answer/revisions'), revisionListSchema, { signal });
}
