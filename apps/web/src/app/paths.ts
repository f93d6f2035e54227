/** Every link inside the app is built here, so a route can change in one place. */
export const paths = {
  home: '/',
  exchange: (id: string) => `/exchanges/${encodeURIComponent(id)}`,
  track: (code?: string) => (code ? `/track?code=${encodeURIComponent(code)}` : '/track'),
  staff: {
    home: '/staff',
    login: (next?: string) =>
      next ? `/staff/login?next=${encodeURIComponent(next)}` : '/staff/login',
    exchanges: (area?: ExchangeArea) =>
      area ? `/staff/exchanges?area=${area}` : '/staff/exchanges',
    area: (exchangeId: string, area: ExchangeArea) => `${exchangeBase(exchangeId)}/${area}`,
    triage: (exchangeId: string) => `${exchangeBase(exchangeId)}/triage`,
    newQuestion: (exchangeId: string) => `${exchangeBase(exchangeId)}/triage/new`,
    mine: (exchangeId?: string) => (exchangeId ? `${exchangeBase(exchangeId)}/mine` : '/staff/my'),
    review: (exchangeId: string) => `${exchangeBase(exchangeId)}/review`,
    question: (id: string) => `/staff/questions/${encodeURIComponent(id)}`,
    adminExchanges: '/staff/admin/exchanges',
    newExchange: '/staff/admin/exchanges/new',
    editExchange: (id: string) => `/staff/admin/exchanges/${encodeURIComponent(id)}`,
    adminStaff: '/staff/admin/staff',
    audit: '/staff/admin/audit',
    password: '/staff/password',
  },
};

/** The pages of the staff area that work on one exchange. */
export const EXCHANGE_AREAS = ['triage', 'mine', 'review'] as const;
export type ExchangeArea = (typeof EXCHANGE_AREAS)[number];

export function isExchangeArea(value: unknown): value is ExchangeArea {
  return typeof value === 'string' && (EXCHANGE_AREAS as readonly string[]).includes(value);
}

function exchangeBase(exchangeId: string) {
  return `/staff/exchanges/${encodeURIComponent(exchangeId)}`;
}

/**
 * Where to go after signing in: only a path inside the staff area, so a crafted link cannot
 * send a freshly signed-in officer to another site ("//evil.example" is a host, not a path).
 */
export function safeStaffPath(next: string | null): string {
  if (!next?.startsWith('/staff') || next.startsWith('//')) return paths.staff.home;
  if (next.startsWith('/staff/login')) return paths.staff.home;
  return next;
}
