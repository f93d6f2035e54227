import type { RevisionList } from '@giaoluu/contracts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { questionNotFound } from '../../questions/desk/get-desk-question.ts';

// Coalesced autosaves keep this to a few dozen per answer; the bound only caps a pathological one.
const MAX_REVISIONS = 500;

/** Every kept version of a question's answer, newest first, with who wrote it. */
export async function listAnswerRevisions(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
}): Promise<RevisionList> {
  const { prisma, actor, questionId } = options;

  const question = await prisma.question.findFirst({
    where: { id: questionId, tenantId: actor.tenantId },
    select: { answer: { select: { id: true } } },
  });
  if (!question) throw questionNotFound();
  if (!question.answer) return { items: [] };

  const rows = await prisma.answerRevision.findMany({
    where: { answerId: question.answer.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: MAX_REVISIONS,
    include: { author: { select: { id: true, name: true } } },
  });

  return {
    items: rows.map((row) => ({
      id: row.id,
      author: row.author,
      html: row.bodyHtml,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
