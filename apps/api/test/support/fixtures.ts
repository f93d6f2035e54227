import type { PrismaClient } from '../../src/generated/prisma/client.ts';

const HOUR = 3_600_000;

type ExchangeKind =
  | 'announced'
  | 'not-yet-open'
  | 'live'
  | 'ended'
  | 'draft'
  | 'rehearsal'
  | 'cancelled';

/** An exchange of a tenant, placed in time relative to `now` so its state is `kind`. */
export async function createExchange(
  prisma: PrismaClient,
  options: {
    tenantSlug: string;
    kind: ExchangeKind;
    now: Date;
    title?: string;
    fieldSlugs?: string[];
  },
) {
  const { now, kind } = options;
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: options.tenantSlug } });
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const times = {
    announced: { intakeOpensAt: at(-24), liveStartsAt: at(48), liveEndsAt: at(56) },
    'not-yet-open': { intakeOpensAt: at(24), liveStartsAt: at(48), liveEndsAt: at(56) },
    live: { intakeOpensAt: at(-72), liveStartsAt: at(-1), liveEndsAt: at(7) },
    ended: { intakeOpensAt: at(-240), liveStartsAt: at(-200), liveEndsAt: at(-192) },
    draft: { intakeOpensAt: at(-24), liveStartsAt: at(48), liveEndsAt: at(56) },
    rehearsal: { intakeOpensAt: at(-24), liveStartsAt: at(-1), liveEndsAt: at(7) },
    cancelled: { intakeOpensAt: at(-24), liveStartsAt: at(48), liveEndsAt: at(56) },
  }[kind];
  const fields = await prisma.field.findMany({
    where: { slug: { in: options.fieldSlugs ?? ['dat-dai', 'moi-truong'] } },
  });

  return prisma.exchange.create({
    data: {
      tenantId: tenant.id,
      title: options.title ?? `Giao lưu ${kind} ${tenant.slug}`,
      description: 'Mô tả buổi giao lưu',
      ...times,
      announcedAt: kind === 'draft' ? null : at(-240),
      rehearsal: kind === 'rehearsal',
      cancelledAt: kind === 'cancelled' ? at(-1) : null,
      fields: { create: fields.map((field) => ({ fieldId: field.id })) },
      guests: { create: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }] },
    },
  });
}

/** A question with an approved answer released at `publishAt`. */
export async function createAnsweredQuestion(
  prisma: PrismaClient,
  options: {
    exchangeId: string;
    publishAt: Date;
    title: string;
    trackingCode: string;
    showName?: boolean;
  },
) {
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { id: options.exchangeId } });
  const field = await prisma.field.findUniqueOrThrow({ where: { slug: 'dat-dai' } });
  const question = await prisma.question.create({
    data: {
      tenantId: exchange.tenantId,
      exchangeId: exchange.id,
      fieldId: field.id,
      trackingCode: options.trackingCode,
      status: 'approved',
      askerName: 'Phạm Văn Dũng',
      showName: options.showName ?? true,
      askerKind: 'citizen',
      locality: 'Phường Cầu Giấy',
      email: 'dung@example.vn',
      phone: '0912345678',
      title: options.title,
      body: 'Nội dung câu hỏi đủ dài để hợp lệ.',
    },
  });
  const answer = await prisma.answer.create({
    data: {
      questionId: question.id,
      tenantId: exchange.tenantId,
      exchangeId: exchange.id,
      status: 'approved',
      bodyHtml: `<p>Trả lời cho: ${options.title}</p>`,
      publishAt: options.publishAt,
      approvedAt: options.publishAt,
      answeredByName: 'Nguyễn Văn An',
      answeredByPosition: 'Phó Giám đốc Sở',
    },
  });
  return { question, answer };
}

/** A valid question as a citizen's browser sends it. */
export const citizenQuestion = {
  askerName: 'Nguyễn Thị Lan',
  showName: true,
  askerKind: 'citizen',
  locality: 'Phường Cầu Giấy',
  email: 'lan.nguyen@example.vn',
  phone: '0912 345 678',
  fieldSlug: 'dat-dai',
  title: 'Hỏi về thủ tục cấp sổ đỏ',
  body: 'Gia đình tôi sử dụng đất từ năm 1990, xin hỏi thủ tục cấp giấy chứng nhận?',
  consent: true,
};
