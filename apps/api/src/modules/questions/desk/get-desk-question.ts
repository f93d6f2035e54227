import type { DeskQuestion } from '@giaoluu/contracts';
import { notFound } from '../../../core/errors.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { deskQuestionInclude, presentDeskQuestion } from './present-desk-question.ts';

export const questionNotFound = () =>
  notFound('question_not_found', 'Không tìm thấy câu hỏi này tại đơn vị của bạn.');

/** One question of the staff member's department, with contact details and its answer. */
export async function getDeskQuestion(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
  now: Date;
}): Promise<DeskQuestion> {
  const { prisma, actor, questionId, now } = options;

  const row = await prisma.question.findFirst({
    where: { id: questionId, tenantId: actor.tenantId },
    include: deskQuestionInclude,
  });
  if (!row) throw questionNotFound();

  // Looked up by id alone: an escalated question's answer is written by ministry staff, who
  // belong to the ministry's tenant. The id comes from our own answer row, not from the client.
  const authorId = row.answer?.authorId;
  const answerAuthor = authorId
    ? await prisma.staffUser.findUnique({
        where: { id: authorId },
        select: { id: true, name: true },
      })
    : null;

  return presentDeskQuestion(row, { now, answerAuthor });
}
