import type { DeskQuestion, QuestionStatus } from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { fetchMyQuestions } from '../answering/api.ts';
import { byUrgency, needsWork } from '../answering/my-question-order.ts';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { REVIEW_QUERY } from '../review/review-query.ts';
import { fetchQueue } from '../triage/api.ts';

// The list a question on screen came from, as far as the desk can tell: its reviewer's list
// once it has been sent for review, else the writer's own list.
const REVIEW_STEPS: ReadonlySet<QuestionStatus> = new Set(['in_review', 'approved']);
// Read again if older than this; the live stream marks both lists stale as they change.
const FRESH_MS = 10_000;

/**
 * "Next question": the one after this in the list the officer works through (the review list
 * for a leader reviewing, "my questions" otherwise), read from the cache the list pages share.
 */
export function useNextQuestion(question: DeskQuestion) {
  const me = useStaffUser();
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  const navigate = useNavigate();
  const [noneAfter, setNoneAfter] = useState<string | null>(null);
  const reviewing = can(me, 'review') && (REVIEW_STEPS.has(question.status) || !can(me, 'answer'));
  const exchangeId = question.exchangeId;

  async function listIds(): Promise<string[]> {
    if (reviewing) {
      const page = await queryClient.fetchQuery({
        queryKey: deskKeys.queue(exchangeId, REVIEW_QUERY),
        queryFn: ({ signal }) => fetchQueue(staffFetch, exchangeId, REVIEW_QUERY, signal),
        staleTime: FRESH_MS,
      });
      return page.items.map((item) => item.id);
    }
    const mine = await queryClient.fetchQuery({
      queryKey: deskKeys.mine(),
      queryFn: ({ signal }) => fetchMyQuestions(staffFetch, signal),
      staleTime: FRESH_MS,
    });
    return mine.items
      .filter((item) => item.exchangeId === exchangeId && needsWork(item))
      .sort(byUrgency)
      .map((item) => item.id);
  }

  async function goNext() {
    let ids: string[];
    try {
      ids = await listIds();
    } catch {
      // The list did not load (offline, signed out): the key does nothing; the pages say why.
      return;
    }
    const here = ids.indexOf(question.id);
    const next = ids[here + 1] ?? ids.find((id) => id !== question.id);
    if (next) void navigate(paths.staff.question(next));
    else setNoneAfter(question.id);
  }

  return { goNext, noneLeft: noneAfter === question.id };
}
