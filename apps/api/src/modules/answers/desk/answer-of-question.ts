import type { Prisma } from '../../../generated/prisma/client.ts';
import { questionNotFound } from '../../questions/desk/get-desk-question.ts';

type Db = Prisma.TransactionClient;

/**
 * A question of the tenant with its answer and exchange times, for the leader's actions.
 * Read before a conditional write, for the audit entry and the reason of a refusal; the write
 * itself re-checks the state it needs.
 */
export async function findAnswerOfQuestion(db: Db, tenantId: string, questionId: string) {
  const question = await db.question.findFirst({
    where: { id: questionId, tenantId },
    select: {
      status: true,
      exchange: { select: { liveStartsAt: true } },
      answer: {
        select: {
          id: true,
          status: true,
          publishAt: true,
          unpublishedAt: true,
          unpublishReason: true,
        },
      },
    },
  });
  if (!question) throw questionNotFound();
  return question;
}
