import type { QuestionStatus } from '../../../generated/prisma/client.ts';

export type TriageAction = 'accept' | 'reject' | 'assign';

/**
 * Which statuses each triage action may start from, and the status it leads to. Assigning
 * again is allowed until an expert has claimed the question (checked with the claim), so a
 * moderator can rebalance work that nobody has started.
 */
export const TRIAGE_RULES: Record<
  TriageAction,
  { from: readonly QuestionStatus[]; to: QuestionStatus; verb: string }
> = {
  accept: { from: ['submitted'], to: 'accepted', verb: 'tiếp nhận' },
  reject: { from: ['submitted', 'accepted'], to: 'rejected', verb: 'từ chối' },
  assign: { from: ['accepted', 'assigned'], to: 'assigned', verb: 'phân công' },
};

/**
 * A duplicate may be merged while nobody works on its answer; the kept question may be in any
 * status but merged or rejected, since those never get an answer of their own.
 */
export const MERGEABLE_FROM: readonly QuestionStatus[] = ['submitted', 'accepted', 'assigned'];
export const CLOSED_STATUSES: readonly QuestionStatus[] = ['merged', 'rejected'];

/** Open work of an expert, as the assignee list counts it. */
export const OPEN_STATUSES: readonly QuestionStatus[] = [
  'assigned',
  'drafted',
  'in_review',
  'returned',
];
