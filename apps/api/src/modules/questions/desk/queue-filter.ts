import type { ValidQueueQuery } from '@giaoluu/contracts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { toSearchText } from '../search-text.ts';
import { escapeLike } from './escape-like.ts';

type Scope = { tenantId: string; exchangeId: string; actorId: string };

/**
 * Every filter of the queue except status: the status counts are taken under these, and the
 * page adds the status filter on top. `q` is matched on the accent-free search text, which the
 * trigram index serves for any substring.
 */
export function queueWhere(query: ValidQueueQuery, scope: Scope): Prisma.QuestionWhereInput {
  const search = query.q ? toSearchText(query.q) : '';
  return {
    tenantId: scope.tenantId,
    exchangeId: scope.exchangeId,
    ...(query.field?.length ? { field: { slug: { in: query.field } } } : {}),
    ...(query.channel?.length ? { channel: { in: query.channel } } : {}),
    ...assigneeWhere(query.assignee, scope.actorId),
    ...(query.from || query.to
      ? {
          createdAt: {
            ...(query.from ? { gte: new Date(query.from) } : {}),
            ...(query.to ? { lt: new Date(query.to) } : {}),
          },
        }
      : {}),
    ...(search ? { searchText: { contains: escapeLike(search), mode: 'insensitive' } } : {}),
  };
}

function assigneeWhere(
  assignee: ValidQueueQuery['assignee'],
  actorId: string,
): Prisma.QuestionWhereInput {
  if (assignee === undefined) return {};
  if (assignee === 'none') return { assigneeId: null };
  return { assigneeId: assignee === 'me' ? actorId : assignee };
}

/** Newest first breaks ties by id, so paging never shows a row twice or skips one. */
export function queueOrderBy(
  sort: ValidQueueQuery['sort'],
): Prisma.QuestionOrderByWithRelationInput[] {
  const newest: Prisma.QuestionOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
  switch (sort) {
    case 'newest':
      return newest;
    case 'oldest':
      return [{ createdAt: 'asc' }, { id: 'asc' }];
    // PostgreSQL orders an enum by its declaration, which follows the workflow.
    case 'status':
      return [{ status: 'asc' }, ...newest];
    case 'field':
      return [{ field: { sortOrder: 'asc' } }, ...newest];
  }
}
