import { z } from 'zod';
import { feedItemSchema } from './feed.ts';

/**
 * The events of the live streams (Server-Sent Events). The SSE `event:` field is the type, the
 * `data:` field the JSON payload, the `id:` field an increasing number a reconnecting client
 * sends back as Last-Event-ID.
 */

// --- Public stream: GET /api/exchanges/:id/events ----------------------------------------------

/** A Q&A pair became public: approved during the live window, or a pre-answer at its release. */
export const answerPublishedEventSchema = z.object({ item: feedItemSchema });
export type AnswerPublishedEvent = z.infer<typeof answerPublishedEventSchema>;

/** A public answer was taken down; the item with this question id leaves the feed. */
export const answerWithdrawnEventSchema = z.object({ questionId: z.uuid() });
export type AnswerWithdrawnEvent = z.infer<typeof answerWithdrawnEventSchema>;

/**
 * The exchange's state or schedule changed: the live window opened or closed on the clock, or an
 * admin opened it late, extended it or cancelled it. Clients re-read the exchange.
 */
export const exchangeChangeReasonSchema = z.enum([
  'started',
  'ended',
  'rescheduled',
  'updated',
  'cancelled',
]);
export type ExchangeChangeReason = z.infer<typeof exchangeChangeReasonSchema>;
export const exchangeChangedEventSchema = z.object({ reason: exchangeChangeReasonSchema });
export type ExchangeChangedEvent = z.infer<typeof exchangeChangedEventSchema>;

/** The counters shown on the live page; sent at most every few seconds while they move. */
export const exchangeCountersEventSchema = z.object({
  questions: z.number().int(),
  answered: z.number().int(),
});
export type ExchangeCountersEvent = z.infer<typeof exchangeCountersEventSchema>;

export const PUBLIC_LIVE_EVENTS = {
  answerPublished: 'answer.published',
  answerWithdrawn: 'answer.withdrawn',
  exchangeChanged: 'exchange.changed',
  exchangeCounters: 'exchange.counters',
} as const;

// --- Staff stream: GET /api/desk/exchanges/:id/events ------------------------------------------

/** A question arrived (web form or manual entry). No contact details travel on the stream. */
export const questionCreatedEventSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.string(),
});

/** Triage moved questions (accept, reject, assign, merge, bulk actions). */
export const questionsChangedEventSchema = z.object({ ids: z.array(z.uuid()) });

/** Who holds a question for answering changed: claimed, released or taken over. */
export const claimChangedEventSchema = z.object({
  questionId: z.uuid(),
  holder: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /**
   * On a take-over: whom it was taken from, and the question's title, so that officer is told
   * even when their browser holds no copy of the question.
   */
  previousHolderId: z.uuid().optional(),
  title: z.string().optional(),
});
export type ClaimChangedEvent = z.infer<typeof claimChangedEventSchema>;

/** An answer moved along its workflow; the payload says which question. */
export const answerStepEventSchema = z.object({
  questionId: z.uuid(),
  publishAt: z.iso.datetime().nullable().optional(),
});

export const STAFF_LIVE_EVENTS = {
  questionCreated: 'question.created',
  questionsChanged: 'question.changed',
  claimChanged: 'claim.changed',
  answerSubmitted: 'answer.submitted',
  answerReturned: 'answer.returned',
  answerApproved: 'answer.approved',
  answerPublished: 'answer.published',
  answerWithdrawn: 'answer.withdrawn',
  exchangeChanged: 'exchange.changed',
} as const;
