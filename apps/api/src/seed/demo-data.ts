import { createHash } from 'node:crypto';
import { TRACKING_ALPHABET } from '@giaoluu/contracts';
import { hash } from '@node-rs/argon2';
import type { PrismaClient, StaffRole } from '../generated/prisma/client.ts';
import { toSearchText } from '../modules/questions/search-text.ts';
import { MINISTRY_SLUG } from '../modules/tenancy/tenant-host.ts';
import { DEMO_GUESTS, type DemoQa, ENDED_QA, LIVE_QA } from './demo-content.ts';
import { stableUuid } from './stable-id.ts';

/** The one password of every demo account; documented in the README. Demo mode only. */
export const DEMO_PASSWORD = 'GiaoLuu@2026';

export const DEMO_DEPARTMENTS = ['hanoi', 'danang'] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const DEPARTMENT_STAFF: Array<{
  local: string;
  name: string;
  position: string;
  roles: StaffRole[];
}> = [
  {
    local: 'admin',
    name: 'Quản trị viên Sở',
    position: 'Chuyên viên Văn phòng Sở',
    roles: ['admin'],
  },
  {
    local: 'moderator',
    name: 'Biên tập viên',
    position: 'Chuyên viên Văn phòng Sở',
    roles: ['moderator'],
  },
  {
    local: 'expert',
    name: 'Trần Thị Bình',
    position: 'Trưởng phòng Quản lý đất đai',
    roles: ['expert'],
  },
  { local: 'leader', name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở', roles: ['leader'] },
];

const MINISTRY_STAFF: typeof DEPARTMENT_STAFF = [
  {
    local: 'admin',
    name: 'Văn phòng Bộ',
    position: 'Chuyên viên Văn phòng Bộ',
    roles: ['ministry_admin'],
  },
  { local: 'expert', name: 'Phạm Quang Huy', position: 'Vụ Pháp chế', roles: ['ministry_expert'] },
];

/**
 * Demo exchanges in Hà Nội and Đà Nẵng (one live now, one announced for next week, one ended)
 * and one account per role. Rows have fixed ids, so a rerun adds nothing; the schedules are
 * moved to the current time on every start, so the live demo is always live.
 */
export async function seedDemoData(prisma: PrismaClient, now: Date): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);

  await seedStaff(prisma, MINISTRY_SLUG, MINISTRY_STAFF, passwordHash);
  for (const slug of DEMO_DEPARTMENTS) {
    await seedStaff(prisma, slug, DEPARTMENT_STAFF, passwordHash);
    await seedDepartmentExchanges(prisma, slug, now);
  }
}

async function seedStaff(
  prisma: PrismaClient,
  slug: string,
  staff: typeof DEPARTMENT_STAFF,
  passwordHash: string,
) {
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug } });
  for (const member of staff) {
    const email = `${member.local}@${slug}.demo`;
    await prisma.staffUser.upsert({
      where: { tenantId_email: { tenantId: tenant.id, email } },
      update: {},
      create: {
        tenantId: tenant.id,
        email,
        name: member.name,
        position: member.position,
        roles: member.roles,
        passwordHash,
      },
    });
  }
}

async function seedDepartmentExchanges(prisma: PrismaClient, slug: string, now: Date) {
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug } });
  // Invented contacts on the reserved .demo domain, so the demo page shows where they go.
  if (!tenant.contactEmail) {
    await prisma.tenant.update({
      where: { id: tenant.id },
      data: {
        contactEmail: `lienhe@${slug}.demo`,
        contactPhone: '0243 000 0000',
        address: `Trụ sở Sở, ${tenant.provinceName}`,
      },
    });
  }
  const place = tenant.provinceName ?? slug;
  const at = (offset: number) => new Date(now.getTime() + offset);

  const live = await upsertExchange(prisma, {
    id: stableUuid(`demo:${slug}:live`),
    tenantId: tenant.id,
    title: `Giao lưu trực tuyến về đất đai và môi trường tại ${place}`,
    description: `Lãnh đạo Sở trả lời câu hỏi của người dân và doanh nghiệp ${place} về đất đai, môi trường và tài nguyên nước.`,
    fieldSlugs: ['dat-dai', 'moi-truong', 'tai-nguyen-nuoc'],
    intakeOpensAt: at(-8 * DAY),
    liveStartsAt: at(-1 * HOUR),
    liveEndsAt: at(7 * HOUR),
  });
  await upsertQuestions(prisma, tenant.id, live, LIVE_QA, at(-3 * DAY));

  const upcoming = await upsertExchange(prisma, {
    id: stableUuid(`demo:${slug}:upcoming`),
    tenantId: tenant.id,
    title: `Giao lưu trực tuyến về khoáng sản và biến đổi khí hậu tại ${place}`,
    description:
      'Người dân và doanh nghiệp gửi câu hỏi trước; câu trả lời được công bố vào ngày giao lưu.',
    fieldSlugs: ['khoang-san', 'bien-doi-khi-hau', 'moi-truong'],
    intakeOpensAt: at(-1 * DAY),
    liveStartsAt: vietnamDayAt(now, 7, 8),
    liveEndsAt: vietnamDayAt(now, 7, 16.5),
  });
  await upsertQuestions(prisma, tenant.id, upcoming, [], at(-1 * HOUR));

  const ended = await upsertExchange(prisma, {
    id: stableUuid(`demo:${slug}:ended`),
    tenantId: tenant.id,
    title: `Giao lưu trực tuyến về thủ tục hành chính tại ${place}`,
    description: 'Buổi giao lưu đã kết thúc; các câu hỏi và câu trả lời được lưu lại để tra cứu.',
    fieldSlugs: ['dat-dai', 'khoang-san', 'moi-truong'],
    intakeOpensAt: vietnamDayAt(now, -45, 8),
    liveStartsAt: vietnamDayAt(now, -30, 8),
    liveEndsAt: vietnamDayAt(now, -30, 16.5),
  });
  await upsertQuestions(prisma, tenant.id, ended, ENDED_QA, at(-35 * DAY));
}

type DemoExchange = {
  id: string;
  tenantId: string;
  title: string;
  description: string;
  fieldSlugs: string[];
  intakeOpensAt: Date;
  liveStartsAt: Date;
  liveEndsAt: Date;
};

async function upsertExchange(prisma: PrismaClient, exchange: DemoExchange) {
  const { fieldSlugs, ...data } = exchange;
  const schedule = {
    intakeOpensAt: data.intakeOpensAt,
    liveStartsAt: data.liveStartsAt,
    liveEndsAt: data.liveEndsAt,
  };
  const fields = await prisma.field.findMany({ where: { slug: { in: fieldSlugs } } });

  await prisma.exchange.upsert({
    where: { id: data.id },
    update: schedule,
    create: {
      ...data,
      announcedAt: data.intakeOpensAt,
      fields: { create: fields.map((field) => ({ fieldId: field.id })) },
      guests: { create: DEMO_GUESTS.map((guest, index) => ({ ...guest, sortOrder: index })) },
    },
  });
  return exchange;
}

async function upsertQuestions(
  prisma: PrismaClient,
  tenantId: string,
  exchange: DemoExchange,
  items: DemoQa[],
  askedAt: Date,
) {
  const fields = await prisma.field.findMany();
  const leader = DEPARTMENT_STAFF.find((member) => member.local === 'leader');

  for (const [index, qa] of items.entries()) {
    const id = stableUuid(`demo:${exchange.id}:${qa.key}`);
    const fieldId = fields.find((field) => field.slug === qa.fieldSlug)?.id;
    if (!fieldId) throw new Error(`unknown demo field ${qa.fieldSlug}`);

    await prisma.question.upsert({
      where: { id },
      update: {},
      create: {
        id,
        tenantId,
        exchangeId: exchange.id,
        fieldId,
        trackingCode: demoTrackingCode(id),
        status: qa.answerHtml ? 'approved' : 'accepted',
        askerName: qa.askerName,
        showName: qa.showName,
        askerKind: qa.askerKind,
        organisation: qa.organisation ?? null,
        locality: qa.locality,
        email: `nguoi-hoi-${index + 1}@example.vn`,
        title: qa.title,
        body: qa.body,
        searchText: toSearchText(qa.title, qa.body),
        createdAt: new Date(askedAt.getTime() + index * 60_000),
      },
    });

    if (!qa.answerHtml) continue;
    // Pre-answers: released at the live start, which moves with the demo schedule.
    const release = { publishAt: exchange.liveStartsAt, approvedAt: exchange.liveStartsAt };
    await prisma.answer.upsert({
      where: { questionId: id },
      update: release,
      create: {
        questionId: id,
        tenantId,
        exchangeId: exchange.id,
        status: 'approved',
        bodyHtml: qa.answerHtml,
        answeredByName: leader?.name ?? null,
        answeredByPosition: leader?.position ?? null,
        ...release,
      },
    });
  }
}

/** `hour` o'clock in Vietnam (UTC+7, no daylight saving) on the day `days` from `now`. */
function vietnamDayAt(now: Date, days: number, hour: number): Date {
  const vietnamMidnight = Math.floor((now.getTime() + 7 * HOUR) / DAY) * DAY - 7 * HOUR;
  return new Date(vietnamMidnight + days * DAY + hour * HOUR);
}

/** Deterministic codes keep the demo reproducible; real codes come from a CSPRNG. */
function demoTrackingCode(id: string): string {
  const bytes = createHash('sha256').update(id).digest();
  const symbols = Array.from(
    bytes.subarray(0, 12),
    (byte) => TRACKING_ALPHABET[byte % TRACKING_ALPHABET.length],
  );
  return [0, 4, 8].map((start) => symbols.slice(start, start + 4).join('')).join('-');
}
