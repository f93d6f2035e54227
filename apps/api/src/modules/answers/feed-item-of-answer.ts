import type { FeedItem } from '@giaoluu/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { presentFeedItem } from './present-answer.ts';

/** The public feed item of one answer, exactly as the feed GET shows it, for the live stream. */
export async function readFeedItemOfAnswer(
  db: Prisma.TransactionClient,
  answerId: string,
): Promise<FeedItem | null> {
  const row = await db.answer.findUnique({
    where: { id: answerId },
    include: { question: { include: { field: true, tenant: { select: { name: true } } } } },
  });
  if (!row) return null;
  return presentFeedItem(row, row.question.tenant.name);
}
