// Keyed by the kind of reader too: an admin's view includes drafts that the public one lacks.
export const staffExchangeKeys = {
  all: ['staff-exchanges'] as const,
  list: (admin: boolean) => [...staffExchangeKeys.all, 'list', admin] as const,
  detail: (id: string, admin: boolean) => [...staffExchangeKeys.all, 'detail', id, admin] as const,
};
