export const trackKeys = {
  all: ['track'] as const,
  byCode: (code: string) => [...trackKeys.all, code] as const,
};
