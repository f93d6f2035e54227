import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../apps/api/src/generated/prisma/client.ts';
import { generateTrackingCode } from '../apps/api/src/modules/questions/generate-tracking-code.ts';
import { toSearchText } from '../apps/api/src/modules/questions/search-text.ts';
import { ANSWERED_QUESTION } from './answer-content.ts';

const HOUR = 3_600_000;

export type SeededExchange = { tenantId: string; exchangeId: string };

/**
 * An announced exchange of Hà Nội in the middle of its live window (started an hour ago, ends
 * in seven), whose intake is still open, with every field and one guest.
 */
export async function seedLiveExchange(prisma: PrismaClient, now: Date): Promise<SeededExchange> {
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'hanoi' } });
  const fields = await prisma.field.findMany();
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const exchange = await prisma.exchange.create({
    data: {
      tenantId: tenant.id,
      title: 'Giao lưu trực tuyến về đất đai và môi trường năm 2026',
      description: 'Lãnh đạo Sở trả lời câu hỏi của người dân và doanh nghiệp.',
      intakeOpensAt: at(-20 * 24),
      liveStartsAt: at(-1),
      liveEndsAt: at(7),
      announcedAt: at(-21 * 24),
      fields: { create: fields.map((field) => ({ fieldId: field.id })) },
      guests: { create: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }] },
    },
  });
  return { tenantId: tenant.id, exchangeId: exchange.id };
}

/**
 * `count` questions answered and published during the last hour of the live window, one a
 * minute or so, each with a question and an answer of real length.
 */
export async function seedPublishedAnswers(
  prisma: PrismaClient,
  options: SeededExchange & { count: number; now: Date },
): Promise<void> {
  const { tenantId, exchangeId, count, now } = options;
  const field = await prisma.field.findUniqueOrThrow({ where: { slug: 'dat-dai' } });
  const content = ANSWERED_QUESTION;
  const questions = Array.from({ length: count }, (_, index) => {
    const title = `${content.title} (câu ${index + 1})`;
    return {
      id: randomUUID(),
      tenantId,
      exchangeId,
      fieldId: field.id,
      trackingCode: generateTrackingCode(),
      status: 'approved' as const,
      askerName: content.askerName,
      askerKind: 'citizen' as const,
      locality: content.locality,
      email: `nguoihoi${index}@example.vn`,
      title,
      body: content.body,
      searchText: toSearchText(title, content.body),
      createdAt: new Date(now.getTime() - 3 * 24 * HOUR + index * 60_000),
    };
  });
  await prisma.question.createMany({ data: questions });
  await prisma.answer.createMany({
    data: questions.map((question, index) => {
      const publishAt = new Date(now.getTime() - HOUR + ((index + 1) * HOUR) / (count + 1));
      return {
        questionId: question.id,
        tenantId,
        exchangeId,
        status: 'approved' as const,
        bodyHtml: content.answerHtml,
        approvedAt: publishAt,
        publishAt,
        answeredByName: content.answeredBy.name,
        answeredByPosition: content.answeredBy.position,
        answeredByOrganisation: content.answeredBy.organisation,
      };
    }),
  });
}
