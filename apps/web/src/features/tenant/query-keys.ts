// The host decides the tenant and the SPA never changes host, so the cache needs no tenant key.
export const tenantKeys = {
  all: ['tenant'] as const,
  current: () => [...tenantKeys.all, 'current'] as const,
};
