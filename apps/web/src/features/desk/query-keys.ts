export const deskKeys = {
  all: ['desk'] as const,
  queues: () => [...deskKeys.all, 'queue'] as const,
  queue: (exchangeId: string, query: string) => [...deskKeys.queues(), exchangeId, query] as const,
  questions: () => [...deskKeys.all, 'question'] as const,
  question: (id: string) => [...deskKeys.questions(), id] as const,
  similar: (id: string) => [...deskKeys.all, 'similar', id] as const,
  revisions: (id: string) => [...deskKeys.all, 'revisions', id] as const,
  mine: () => [...deskKeys.all, 'mine'] as const,
  assignees: () => [...deskKeys.all, 'assignees'] as const,
};
