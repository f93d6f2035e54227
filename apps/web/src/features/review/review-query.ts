import { PAGE_SIZE } from '../triage/queue-params.ts';

/**
 * The answers waiting for a leader, as the review list asks for them: the oldest wait longest,
 * so they are reviewed first. Shared with "next question" so both read the same cached page.
 */
export const REVIEW_QUERY = new URLSearchParams({
  status: 'in_review',
  sort: 'oldest',
  page: '1',
  pageSize: String(PAGE_SIZE * 4),
}).toString();
