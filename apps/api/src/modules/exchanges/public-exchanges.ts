import type { ExchangeDetail, ExchangeList } from '@giaoluu/contracts';
import { notFound } from '../../core/errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { visibleAnswerWhere } from '../answers/answer-visibility.ts';
import { findPublicExchange, findPublicExchanges } from './exchange-repository.ts';
import { presentExchangeDetail, presentExchangeSummary } from './present-exchange.ts';

type PublicQuery = { prisma: PrismaClient; tenantId: string; now: Date };

export async function listPublicExchanges({
  prisma,
  tenantId,
  now,
}: PublicQuery): Promise<ExchangeList> {
  const rows = await findPublicExchanges(prisma, tenantId);
  return { items: rows.map((row) => presentExchangeSummary(row, now)) };
}

export async function getPublicExchange(
  options: PublicQuery & { id: string },
): Promise<ExchangeDetail> {
  const { prisma, tenantId, now, id } = options;

  const row = await requirePublicExchange(options);
  const [questions, answered] = await Promise.all([
    prisma.question.count({ where: { tenantId, exchangeId: id } }),
    prisma.answer.count({ where: { tenantId, exchangeId: id, ...visibleAnswerWhere(now) } }),
  ]);

  return presentExchangeDetail(row, now, { questions, answered });
}

/** The exchange if the public may see it in this tenant; otherwise the same 404 either way. */
export async function requirePublicExchange(options: {
  prisma: PrismaClient;
  tenantId: string;
  id: string;
}) {
  const row = await findPublicExchange(options.prisma, options.tenantId, options.id);
  if (!row) throw exchangeNotFound();
  return row;
}

export const exchangeNotFound = () =>
  notFound('exchange_not_found', 'Không tìm thấy buổi giao lưu này.');
