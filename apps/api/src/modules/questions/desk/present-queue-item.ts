import type { QueueItem } from '@giaoluu/contracts';
import type { Prisma } from '../../../generated/prisma/client.ts';

export const EXCERPT_LENGTH = 160;

/** What one queue row reads: no contact details, the body only for its excerpt. */
export const queueItemSelect = {
  id: true,
  trackingCode: true,
  status: true,
  channel: true,
  askerName: true,
  askerKind: true,
  locality: true,
  title: true,
  body: true,
  createdAt: true,
  field: { select: { slug: true, nameVi: true, nameEn: true } },
  assignee: { select: { id: true, name: true } },
  claimedBy: { select: { id: true, name: true } },
} satisfies Prisma.QuestionSelect;

type QueueRow = Prisma.QuestionGetPayload<{ select: typeof queueItemSelect }>;

export function presentQueueItem(row: QueueRow): QueueItem {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    status: row.status,
    channel: row.channel,
    askerName: row.askerName,
    askerKind: row.askerKind,
    locality: row.locality,
    field: row.field,
    title: row.title,
    createdAt: row.createdAt.toISOString(),
    assignee: row.assignee,
    claimedBy: row.claimedBy,
    excerpt: excerpt(row.body),
  };
}

/** The start of the body on one line, cut at a word boundary. */
export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
