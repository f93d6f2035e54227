import type { SimilarList } from '@giaoluu/contracts';
import type { PrismaClient, QuestionStatus } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { questionNotFound } from './get-desk-question.ts';

// Accent-free Vietnamese has few distinct syllables, so two unrelated questions of the same
// field already share about a third of their trigrams (measured: 0.32 for two different land
// questions, 0.74 for the same question reworded). 0.5 keeps the rewordings and drops the
// merely related, which pg_trgm's default of 0.3 would still suggest.
export const SIMILARITY_THRESHOLD = 0.5;
const MAX_SUGGESTIONS = 5;
// Nearest texts looked at before the threshold; more than enough for five suggestions.
const CANDIDATES = 20;

type SimilarRow = {
  id: string;
  trackingCode: string;
  title: string;
  status: QuestionStatus;
  similarity: number;
};

/**
 * Likely duplicates of a question in the same exchange, most similar first, leaving out those
 * already merged or rejected. The GiST trigram index hands out the nearest texts first (<->),
 * so only a handful of candidates are compared, however many questions the exchange holds;
 * the threshold then drops the merely related.
 */
export async function findSimilarQuestions(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  questionId: string;
}): Promise<SimilarList> {
  const { prisma, actor, questionId } = options;

  const question = await prisma.question.findFirst({
    where: { id: questionId, tenantId: actor.tenantId },
    select: { id: true, exchangeId: true, searchText: true },
  });
  if (!question) throw questionNotFound();

  const rows = await prisma.$queryRaw<SimilarRow[]>`
    SELECT id, "trackingCode", title, status, similarity
    FROM (
      SELECT id, "trackingCode", title, status::text AS status, "createdAt",
             similarity("searchText", ${question.searchText}) AS similarity
      FROM "Question"
      WHERE "tenantId" = ${actor.tenantId}::uuid
        AND "exchangeId" = ${question.exchangeId}::uuid
        AND id <> ${question.id}::uuid
        AND status NOT IN ('merged', 'rejected')
      ORDER BY "searchText" <-> ${question.searchText}
      LIMIT ${CANDIDATES}
    ) AS nearest
    WHERE similarity >= ${SIMILARITY_THRESHOLD}
    ORDER BY similarity DESC, "createdAt" ASC
    LIMIT ${MAX_SUGGESTIONS}`;

  return {
    items: rows.map((row) => ({
      ...row,
      similarity: Math.round(Number(row.similarity) * 100) / 100,
    })),
  };
}
