import {
  answerStepEventSchema,
  claimChangedEventSchema,
  questionsChangedEventSchema,
  STAFF_LIVE_EVENTS,
} from '@giaoluu/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { deskKeys } from '../desk/query-keys.ts';
import { staffExchangeKeys } from '../staff-shell/query-keys.ts';

export const DESK_EVENT_TYPES = Object.values(STAFF_LIVE_EVENTS);
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];

/**
 * The cached reads that one event of the staff stream makes stale. The queue key covers every
 * page, filter and status count of the triage queue and the review list (the review list is
 * the queue narrowed to "in review"); "mine" lists what an officer holds or was given.
 */
export function staleKeys(type: DeskEventType, data: unknown): QueryKey[] {
  switch (type) {
    case STAFF_LIVE_EVENTS.questionCreated:
      // Nobody holds or was given a new question yet: only the queue and its counts move.
      return [deskKeys.queues()];
    case STAFF_LIVE_EVENTS.questionsChanged: {
      const parsed = questionsChangedEventSchema.safeParse(data);
      return withQuestions(parsed.success ? parsed.data.ids : null);
    }
    case STAFF_LIVE_EVENTS.claimChanged: {
      const parsed = claimChangedEventSchema.safeParse(data);
      return withQuestions(parsed.success ? [parsed.data.questionId] : null);
    }
    case STAFF_LIVE_EVENTS.answerSubmitted:
    case STAFF_LIVE_EVENTS.answerReturned:
    case STAFF_LIVE_EVENTS.answerApproved:
    case STAFF_LIVE_EVENTS.answerPublished:
    case STAFF_LIVE_EVENTS.answerWithdrawn: {
      // Each step of an answer also leaves a version in its history.
      const parsed = answerStepEventSchema.safeParse(data);
      if (!parsed.success) return [deskKeys.all];
      const id = parsed.data.questionId;
      return [...withQuestions([id]), deskKeys.revisions(id)];
    }
    case STAFF_LIVE_EVENTS.exchangeChanged:
      // The list and each exchange's detail: state, schedule, the header of every desk page.
      // An approved answer waits for the live start: a new schedule moves its release too.
      return [staffExchangeKeys.all, deskKeys.questions()];
  }
}

/** Lists plus the named questions; a payload we cannot read marks every question stale. */
function withQuestions(ids: readonly string[] | null): QueryKey[] {
  const questions = ids === null ? [deskKeys.questions()] : ids.map((id) => deskKeys.question(id));
  return [deskKeys.queues(), deskKeys.mine(), ...questions];
}

/** After a gap the stream could not replay: everything the desk shows. */
export const EVERYTHING: readonly QueryKey[] = [deskKeys.all, staffExchangeKeys.all];
