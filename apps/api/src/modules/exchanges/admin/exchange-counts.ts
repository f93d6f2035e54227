import type { AdminExchange } from '@giaoluu/contracts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import { visibleAnswerWhere } from '../../answers/answer-visibility.ts';

type Counts = AdminExchange['counts'];

/**
 * Questions received and answers public right now, per exchange, counted as the public detail
 * counts them; two grouped queries whatever the number of exchanges.
 */
export async function countByExchange(options: {
  prisma: PrismaClient;
  tenantId: string;
  exchangeIds: string[];
  now: Date;
}): Promise<(exchangeId: string) => Counts> {
  const { prisma, tenantId, exchangeIds, now } = options;
  if (exchangeIds.length === 0) return () => ({ questions: 0, answered: 0 });

  const where = { tenantId, exchangeId: { in: exchangeIds } };
  const [questions, answered] = await Promise.all([
    prisma.question.groupBy({ by: ['exchangeId'], where, _count: { _all: true } }),
    prisma.answer.groupBy({
      by: ['exchangeId'],
      where: { ...where, ...visibleAnswerWhere(now) },
      _count: { _all: true },
    }),
  ]);

  const asked = new Map(questions.map((row) => [row.exchangeId, row._count._all]));
  const published = new Map(answered.map((row) => [row.exchangeId, row._count._all]));
  return (exchangeId) => ({
    questions: asked.get(exchangeId) ?? 0,
    answered: published.get(exchangeId) ?? 0,
  });
}
