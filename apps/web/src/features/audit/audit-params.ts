import { nextDay, parseIsoDay, vietnamInstant } from '../../shared/format/vietnam-time.ts';

export const AUDIT_PAGE_SIZE = 50;
const KEYS = ['action', 'actorId', 'entityId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof KEYS)[number];
export type AuditFilters = Record<AuditFilterKey, string> & { page: number };

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const page = Number(params.get('page'));
  const filters = Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<
    AuditFilterKey,
    string
  >;
  return { ...filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * The API's query. Days are on the Vietnam clock; `to` is exclusive in the contract, so the
 * last day chosen ends at the next midnight.
 */
export function auditApiQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  if (filters.action.trim()) params.set('action', filters.action.trim());
  if (filters.actorId) params.set('actorId', filters.actorId);
  if (filters.entityId.trim()) params.set('entityId', filters.entityId.trim());

  const from = parseIsoDay(filters.from);
  if (from) params.set('from', vietnamInstant(from));
  const to = parseIsoDay(filters.to);
  if (to) params.set('to', vietnamInstant(nextDay(to)));

  params.set('page', String(filters.page));
  params.set('pageSize', String(AUDIT_PAGE_SIZE));
  return params.toString();
}
