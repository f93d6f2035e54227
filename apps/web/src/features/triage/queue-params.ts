import {
  QUESTION_STATUSES,
  QUEUE_SORTS,
  type QuestionChannel,
  type QuestionStatus,
  questionChannelSchema,
} from '@giaoluu/contracts';
import { nextDay, parseIsoDay, vietnamInstant } from '../../shared/format/vietnam-time.ts';

export type QueueSort = (typeof QUEUE_SORTS)[number];
export type StatusTab = QuestionStatus | 'all';

/** What the queue shows, as kept in the URL: a reload, a bookmark or "back" shows the same. */
export type QueueFilters = {
  status: StatusTab;
  field: string | null;
  channel: QuestionChannel | null;
  /** "me", "none" or a staff id. */
  assignee: string | null;
  /** Calendar days on the Vietnam clock, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
  q: string;
  sort: QueueSort;
  page: number;
};

export const PAGE_SIZE = 25;
export const DEFAULT_STATUS: StatusTab = 'submitted';

const DEFAULTS: QueueFilters = {
  status: DEFAULT_STATUS,
  field: null,
  channel: null,
  assignee: null,
  from: null,
  to: null,
  q: '',
  sort: 'newest',
  page: 1,
};

export function readFilters(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  const channel = questionChannelSchema.safeParse(params.get('channel'));
  const page = Number(params.get('page'));

  return {
    status: isStatusTab(status) ? status : DEFAULTS.status,
    field: params.get('field') || null,
    channel: channel.success ? channel.data : null,
    assignee: params.get('assignee') || null,
    from: parseIsoDay(params.get('from') ?? '') ? params.get('from') : null,
    to: parseIsoDay(params.get('to') ?? '') ? params.get('to') : null,
    q: params.get('q') ?? '',
    sort: (QUEUE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as QueueSort) : 'newest',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL of the filters, with only what differs from the defaults. */
export function writeFilters(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof QueueFilters)[]) {
    const value = filters[key];
    if (value !== DEFAULTS[key] && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

/** Changing a filter starts again from page 1: page 7 of another list means nothing. */
export function withFilter(filters: QueueFilters, change: Partial<QueueFilters>): QueueFilters {
  return { ...filters, page: 1, ...change };
}

/**
 * The API's query, always in the same order (status, field, channel, assignee, from, to, q,
 * sort, page, pageSize) so that equal filters share one cache entry. Days become instants
 * on the Vietnam clock: from the start of the first day to the end of the last.
 */
export function queueApiQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== 'all') params.set('status', filters.status);
  if (filters.field) params.set('field', filters.field);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.assignee) params.set('assignee', filters.assignee);

  const from = parseIsoDay(filters.from ?? '');
  if (from) params.set('from', vietnamInstant(from));
  // `to` is exclusive in the contract: the last day chosen ends at the next midnight.
  const to = parseIsoDay(filters.to ?? '');
  if (to) params.set('to', vietnamInstant(nextDay(to)));

  if (filters.q.trim()) params.set('q', filters.q.trim());
  params.set('sort', filters.sort);
  params.set('page', String(filters.page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}

function isStatusTab(value: string | null): value is StatusTab {
  return value === 'all' || (QUESTION_STATUSES as readonly string[]).includes(value ?? '');
}
