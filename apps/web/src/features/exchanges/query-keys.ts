export const exchangeKeys = {
  all: ['exchanges'] as const,
  list: () => [...exchangeKeys.all, 'list'] as const,
  detail: (id: string) => [...exchangeKeys.all, 'detail', id] as const,
  feed: (id: string) => [...exchangeKeys.all, 'feed', id] as const,
};
