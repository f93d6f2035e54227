import type { FeedItem } from '@giaoluu/contracts';
import type { Answer, Field, Question } from '../../generated/prisma/client.ts';

export const ANONYMOUS_ASKER = 'Ẩn danh';

type AnsweredQuestion = Answer & { question: Question & { field: Field } };

/** The public shape of a published Q&A pair: no contact details, a chosen name or "Ẩn danh". */
export function presentFeedItem(answer: AnsweredQuestion, departmentName: string): FeedItem {
  const { question } = answer;
  return {
    id: question.id,
    title: question.title,
    body: question.body,
    askerName: question.showName ? question.askerName : ANONYMOUS_ASKER,
    askerKind: question.askerKind,
    locality: question.locality,
    field: {
      slug: question.field.slug,
      nameVi: question.field.nameVi,
      nameEn: question.field.nameEn,
    },
    askedAt: question.createdAt.toISOString(),
    answer: presentPublishedAnswer(answer, departmentName),
  };
}

export function presentPublishedAnswer(answer: Answer, departmentName: string) {
  return {
    html: answer.bodyHtml,
    answeredBy: {
      name: answer.answeredByName ?? departmentName,
      position: answer.answeredByPosition,
      organisation: answer.answeredByOrganisation ?? departmentName,
    },
    // Visible answers always have a release time; the fallback only satisfies the type.
    publishedAt: (answer.publishAt ?? answer.updatedAt).toISOString(),
  };
}
