import {
  QUESTION_STATUSES,
  type QuestionStatus,
  type QueuePage,
  type ValidQueueQuery,
} from '@giaoluu/contracts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { exchangeNotFound } from './desk-exchange.ts';
import { presentQueueItem, queueItemSelect } from './present-queue-item.ts';
import { queueOrderBy, queueWhere } from './queue-filter.ts';

/**
 * One page of an exchange's questions for the triage desk, with the count per status under the
 * other filters. Two queries read the questions: the page, and one GROUP BY status whose sum
 * over the chosen statuses is also the total, so no third COUNT is needed.
 */
export async function listQueue(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  exchangeId: string;
  query: ValidQueueQuery;
}): Promise<QueuePage> {
  const { prisma, actor, exchangeId, query } = options;
  const where = queueWhere(query, { tenantId: actor.tenantId, exchangeId, actorId: actor.id });
  const statuses = query.status?.length ? [...new Set(query.status)] : null;

  // All three are scoped by the tenant, so running them together leaks nothing when the
  // exchange turns out not to be ours; the answer is then 404 all the same.
  const [exchange, rows, groups] = await Promise.all([
    prisma.exchange.findFirst({
      where: { id: exchangeId, tenantId: actor.tenantId },
      select: { id: true },
    }),
    prisma.question.findMany({
      where: statuses ? { ...where, status: { in: statuses } } : where,
      orderBy: queueOrderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: queueItemSelect,
    }),
    prisma.question.groupBy({ by: ['status'], where, _count: { _all: true } }),
  ]);
  if (!exchange) throw exchangeNotFound();

  const countsByStatus = Object.fromEntries(
    QUESTION_STATUSES.map((status) => [status, 0]),
  ) as QueuePage['countsByStatus'];
  for (const group of groups) countsByStatus[group.status] = group._count._all;

  const counted: readonly QuestionStatus[] = statuses ?? QUESTION_STATUSES;
  const total = counted.reduce((sum, status) => sum + countsByStatus[status], 0);

  return {
    items: rows.map(presentQueueItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    countsByStatus,
  };
}
