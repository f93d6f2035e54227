import type { DeskQuestionList } from '@giaoluu/contracts';
import type { PrismaClient, QuestionStatus } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import {
  deskQuestionInclude,
  presentDeskQuestion,
} from '../../questions/desk/present-desk-question.ts';

/** Work still to do on an answer: approved, closed and escalated questions leave the list. */
const UNFINISHED: QuestionStatus[] = ['accepted', 'assigned', 'drafted', 'in_review', 'returned'];

// An expert's own desk, not an archive: the most recent work is what the list is for.
const MAX_ITEMS = 200;

/** Questions assigned to or claimed by the staff member, most recent activity first. */
export async function listMyQuestions(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
}): Promise<DeskQuestionList> {
  const { prisma, actor, now } = options;

  const rows = await prisma.question.findMany({
    where: {
      tenantId: actor.tenantId,
      status: { in: UNFINISHED },
      OR: [{ assigneeId: actor.id }, { claimedById: actor.id }],
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: MAX_ITEMS,
    include: deskQuestionInclude,
  });

  // Answer authors in one query; by id alone, since ministry staff may write escalated answers.
  const authorIds = [...new Set(rows.flatMap((row) => row.answer?.authorId ?? []))];
  const authors = authorIds.length
    ? await prisma.staffUser.findMany({
        where: { id: { in: authorIds } },
        select: { id: true, name: true },
      })
    : [];
  const byId = new Map(authors.map((author) => [author.id, author]));

  return {
    items: rows.map((row) =>
      presentDeskQuestion(row, {
        now,
        answerAuthor: row.answer?.authorId ? (byId.get(row.answer.authorId) ?? null) : null,
      }),
    ),
  };
}
