import { randomUUID } from 'node:crypto';
import type {
  Prisma,
  PrismaClient,
  QuestionChannel,
  QuestionStatus,
} from '../apps/api/src/generated/prisma/client.ts';
import { hashPassword } from '../apps/api/src/modules/auth/passwords.ts';
import { generateTrackingCode } from '../apps/api/src/modules/questions/generate-tracking-code.ts';
import { toSearchText } from '../apps/api/src/modules/questions/search-text.ts';
import {
  FIELD_WEIGHTS,
  pick,
  questionText,
  type Random,
  seededRandom,
  weighted,
} from './triage-content.ts';

const HOUR = 3_600_000;
const CHUNK = 1000;
const RARE_QUESTIONS = 5;
const EXPERTS = 12;

/** A mid-intake queue: half still waiting for triage, the rest spread along the workflow. */
const STATUS_WEIGHTS: Record<QuestionStatus, number> = {
  submitted: 35,
  accepted: 18,
  rejected: 7,
  merged: 5,
  assigned: 14,
  drafted: 6,
  in_review: 4,
  returned: 2,
  approved: 8,
  escalated: 1,
};
const CHANNEL_WEIGHTS: Record<QuestionChannel, number> = { web: 85, phone: 7, letter: 5, email: 3 };
const WITH_EXPERT = new Set<QuestionStatus>([
  'assigned',
  'drafted',
  'in_review',
  'returned',
  'approved',
  'escalated',
]);

export type SeededDesk = {
  exchangeId: string;
  moderatorEmail: string;
  password: string;
  expertIds: string[];
};

/**
 * One live exchange of Hà Nội holding `count` questions, a moderator to sign in as, and the
 * experts the questions are assigned to. Questions go in with createMany, a thousand a time.
 */
export async function seedTriageDesk(
  prisma: PrismaClient,
  options: { count: number; now: Date },
): Promise<SeededDesk> {
  const { count, now } = options;
  const random = seededRandom(20_261_227);
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'hanoi' } });
  const fields = await prisma.field.findMany();
  const fieldIds = new Map(fields.map((field) => [field.slug, field.id]));

  const exchange = await prisma.exchange.create({
    data: {
      tenantId: tenant.id,
      title: 'Giao lưu trực tuyến về đất đai và môi trường năm 2026',
      intakeOpensAt: new Date(now.getTime() - 20 * 24 * HOUR),
      liveStartsAt: new Date(now.getTime() - HOUR),
      liveEndsAt: new Date(now.getTime() + 7 * HOUR),
      announcedAt: new Date(now.getTime() - 21 * 24 * HOUR),
      fields: { create: fields.map((field) => ({ fieldId: field.id })) },
    },
  });

  const password = 'mat-khau-do-hieu-nang';
  const passwordHash = await hashPassword(password);
  const moderatorEmail = 'moderator@hanoi.bench';
  await prisma.staffUser.create({
    data: {
      tenantId: tenant.id,
      email: moderatorEmail,
      name: 'Lê Thu Trang',
      roles: ['moderator'],
      passwordHash,
    },
  });
  const expertIds: string[] = [];
  for (let i = 1; i <= EXPERTS; i++) {
    const expert = await prisma.staffUser.create({
      data: {
        tenantId: tenant.id,
        email: `expert${i}@hanoi.bench`,
        name: `Chuyên viên ${i}`,
        roles: ['expert'],
        passwordHash,
      },
    });
    expertIds.push(expert.id);
  }

  const rareAt = new Set(
    Array.from({ length: RARE_QUESTIONS }, () => Math.floor(random() * count)),
  );
  const ids: string[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const rows: Prisma.QuestionCreateManyInput[] = [];
    for (let i = start; i < Math.min(start + CHUNK, count); i++) {
      const row = questionRow(random, {
        index: i,
        count,
        now,
        tenantId: tenant.id,
        exchangeId: exchange.id,
        fieldIds,
        expertIds,
        earlierIds: ids,
        rare: rareAt.has(i),
      });
      ids.push(row.id as string);
      rows.push(row);
    }
    await prisma.question.createMany({ data: rows });
  }

  return { exchangeId: exchange.id, moderatorEmail, password, expertIds };
}

function questionRow(
  random: Random,
  context: {
    index: number;
    count: number;
    now: Date;
    tenantId: string;
    exchangeId: string;
    fieldIds: Map<string, string>;
    expertIds: string[];
    earlierIds: string[];
    rare: boolean;
  },
): Prisma.QuestionCreateManyInput {
  const fieldSlug = context.rare ? 'khoang-san' : weighted(random, FIELD_WEIGHTS);
  const text = questionText(random, fieldSlug, context.rare);
  const status = weighted(random, STATUS_WEIGHTS);
  // Merged questions point at an earlier one; the very first cannot, so it stays submitted.
  const mergedInto = status === 'merged' ? pick(random, context.earlierIds) : undefined;
  const effectiveStatus = status === 'merged' && !mergedInto ? 'submitted' : status;
  const assigneeId = WITH_EXPERT.has(effectiveStatus) ? pick(random, context.expertIds) : null;
  const claimed = assigneeId && effectiveStatus !== 'assigned';
  // Twenty days of intake, oldest first, with a little jitter so times are not evenly spaced.
  const spread = 20 * 24 * HOUR;
  const offset = ((context.count - context.index) / context.count) * spread + random() * 60_000;

  return {
    id: randomUUID(),
    tenantId: context.tenantId,
    exchangeId: context.exchangeId,
    fieldId: context.fieldIds.get(fieldSlug) as string,
    trackingCode: generateTrackingCode(),
    channel: weighted(random, CHANNEL_WEIGHTS),
    status: effectiveStatus,
    askerName: text.askerName,
    showName: random() < 0.6,
    askerKind: text.askerKind,
    organisation: text.organisation,
    locality: text.locality,
    email: random() < 0.7 ? `nguoihoi${context.index}@example.vn` : null,
    phone: random() < 0.6 ? `09${String(10_000_000 + context.index).slice(-8)}` : null,
    title: text.title,
    body: text.body,
    searchText: toSearchText(text.title, text.body),
    rejectionReason:
      effectiveStatus === 'rejected' ? 'Câu hỏi không thuộc thẩm quyền của Sở.' : null,
    mergedIntoId: mergedInto ?? null,
    assigneeId,
    claimedById: claimed ? assigneeId : null,
    claimedAt: claimed ? context.now : null,
    createdAt: new Date(context.now.getTime() - offset),
  };
}
