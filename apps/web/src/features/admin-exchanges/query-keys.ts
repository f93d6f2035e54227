export const adminExchangeKeys = {
  all: ['admin-exchanges'] as const,
  list: () => [...adminExchangeKeys.all, 'list'] as const,
  detail: (id: string) => [...adminExchangeKeys.all, 'detail', id] as const,
};
