import type { DeskAnswer, DeskQuestion } from '@giaoluu/contracts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { isAnswerVisible } from '../../answers/answer-visibility.ts';

/** Everything the desk shows of one question, its answer included. */
export const deskQuestionInclude = {
  field: { select: { slug: true, nameVi: true, nameEn: true } },
  assignee: { select: { id: true, name: true } },
  claimedBy: { select: { id: true, name: true } },
  exchange: { select: { announcedAt: true, rehearsal: true, cancelledAt: true } },
  tenant: { select: { name: true } },
  answer: { include: { _count: { select: { revisions: true } } } },
} satisfies Prisma.QuestionInclude;

export type DeskQuestionRow = Prisma.QuestionGetPayload<{ include: typeof deskQuestionInclude }>;

type Person = { id: string; name: string };

export function presentDeskQuestion(
  row: DeskQuestionRow,
  options: { now: Date; answerAuthor: Person | null },
): DeskQuestion {
  return {
    id: row.id,
    exchangeId: row.exchangeId,
    trackingCode: row.trackingCode,
    status: row.status,
    channel: row.channel,
    askerName: row.askerName,
    showName: row.showName,
    askerKind: row.askerKind,
    organisation: row.organisation,
    locality: row.locality,
    email: row.email,
    phone: row.phone,
    field: row.field,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    assignee: row.assignee,
    claimedBy: row.claimedBy,
    claimedAt: row.claimedAt?.toISOString() ?? null,
    mergedIntoId: row.mergedIntoId,
    rejectionReason: row.rejectionReason,
    answer: row.answer ? presentDeskAnswer(row, row.answer, options) : null,
  };
}

function presentDeskAnswer(
  row: DeskQuestionRow,
  answer: NonNullable<DeskQuestionRow['answer']>,
  options: { now: Date; answerAuthor: Person | null },
): DeskAnswer {
  // The same condition as the public pages: an answer is public only on a public exchange.
  const exchangePublic =
    row.exchange.announcedAt !== null && !row.exchange.rehearsal && !row.exchange.cancelledAt;

  return {
    status: answer.status,
    html: answer.bodyHtml,
    author: options.answerAuthor,
    reviewComment: answer.reviewComment,
    publishAt: answer.publishAt?.toISOString() ?? null,
    publicNow: exchangePublic && isAnswerVisible(answer, options.now),
    unpublishedAt: answer.unpublishedAt?.toISOString() ?? null,
    unpublishReason: answer.unpublishReason,
    answeredBy: answer.answeredByName
      ? {
          name: answer.answeredByName,
          position: answer.answeredByPosition,
          organisation: answer.answeredByOrganisation ?? row.tenant.name,
        }
      : null,
    updatedAt: answer.updatedAt.toISOString(),
    revisionCount: answer._count.revisions,
  };
}
