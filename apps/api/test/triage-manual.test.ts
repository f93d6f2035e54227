import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchange } from './support/fixtures.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';
import { auditOf } from './support/triage.ts';

let t: TestApp;
let moderator: StaffClient;
let leader: StaffClient;
let danang: StaffClient;
let moderatorId: string;
const exchanges: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  for (const kind of [
    'not-yet-open',
    'ended',
    'draft',
    'rehearsal',
    'cancelled',
    'live',
  ] as const) {
    exchanges[kind] = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind, now })).id;
  }

  moderatorId = (
    await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'mod@hanoi.test',
      roles: ['moderator'],
      name: 'Lê Thu',
    })
  ).id;
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'lead@hanoi.test', roles: ['leader'] });
  await createStaff(t.prisma, {
    tenantSlug: 'danang',
    email: 'mod@danang.test',
    roles: ['moderator'],
  });
  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  leader = await signIn(t, 'hanoi', 'lead@hanoi.test');
  danang = await signIn(t, 'danang', 'mod@danang.test');
});
afterAll(async () => {
  await t?.close();
});

const letter = {
  channel: 'letter',
  askerName: 'Ngô Văn Tường',
  askerKind: 'citizen',
  locality: 'Xã Sóc Sơn',
  phone: '0243 888 999',
  fieldSlug: 'dat-dai',
  title: 'Đề nghị giải quyết tranh chấp ranh giới đất',
  body: 'Tôi gửi thư đề nghị Sở xem xét tranh chấp ranh giới đất với hộ liền kề từ năm 2019.',
};

const enter = (
  client: StaffClient,
  exchangeId: string,
  body: unknown,
  headers?: Record<string, string>,
) => client.request('POST', `/api/desk/exchanges/${exchangeId}/questions`, body, headers);

describe('entering a question received offline', () => {
  it('stores it as accepted, with its channel and a tracking code for the asker', async () => {
    const response = await enter(moderator, exchanges.live as string, letter);
    expect(response.statusCode).toBe(201);
    const question = response.json();
    expect(question).toMatchObject({
      exchangeId: exchanges.live,
      status: 'accepted',
      channel: 'letter',
      askerName: 'Ngô Văn Tường',
      showName: false,
      phone: '0243 888 999',
      email: null,
      field: { slug: 'dat-dai' },
      title: 'Đề nghị giải quyết tranh chấp ranh giới đất',
      createdAt: t.clock.now().toISOString(),
    });
    expect(question.trackingCode).toMatch(
      /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/,
    );

    // The asker can follow it with the code the department sends back by post.
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/track/${question.trackingCode}`,
      headers: { host: hostOf('hanoi') },
    });
    expect(tracked.json()).toMatchObject({ status: 'processing', answer: null });

    // Accent-insensitive search finds it in the queue like any other.
    const queue = await moderator.request(
      'GET',
      `/api/desk/exchanges/${exchanges.live}/questions?q=ranh%20gioi&channel=letter`,
    );
    expect(queue.json().items.map((item: { id: string }) => item.id)).toEqual([question.id]);
  });

  it('records who entered it, without the contact details', async () => {
    const question = (
      await enter(moderator, exchanges.live as string, {
        ...letter,
        channel: 'email',
        email: 'tuong.ngo@example.vn',
      })
    ).json();

    const entries = await auditOf(t.prisma, question.id);
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: moderatorId,
        action: 'question.entered',
        before: null,
        after: {
          status: 'accepted',
          channel: 'email',
          trackingCode: question.trackingCode,
          exchangeId: exchanges.live,
          fieldSlug: 'dat-dai',
          title: letter.title,
        },
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain('tuong.ngo');
    expect(JSON.stringify(entries)).not.toContain('0243 888 999');
  });

  it('is taken whatever the intake window: before it opens, after the end, in a draft', async () => {
    for (const kind of ['not-yet-open', 'ended', 'draft', 'rehearsal'] as const) {
      const response = await enter(moderator, exchanges[kind] as string, {
        ...letter,
        channel: 'phone',
      });
      expect(response.statusCode, kind).toBe(201);
      expect(response.json().channel).toBe('phone');
    }
  });

  it('is refused for a cancelled exchange', async () => {
    const response = await enter(moderator, exchanges.cancelled as string, letter);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'exchange_cancelled',
      detail: 'Buổi giao lưu đã bị hủy; không thể nhập thêm câu hỏi.',
    });
  });

  it('stores one question for a double click with the same Idempotency-Key', async () => {
    const key = { 'idempotency-key': 'manual-entry-0001' };
    const [first, second] = await Promise.all([
      enter(moderator, exchanges.live as string, letter, key),
      enter(moderator, exchanges.live as string, letter, key),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json().id).toBe(first.json().id);
    expect(await auditOf(t.prisma, first.json().id)).toHaveLength(1);
  });

  it('names each wrong field in Vietnamese and stores nothing', async () => {
    const before = await t.prisma.question.count();
    const response = await enter(moderator, exchanges.live as string, {
      ...letter,
      channel: 'web',
      askerKind: 'business',
      title: 'Ngắn',
    });
    expect(response.statusCode).toBe(422);
    const byField = Object.fromEntries(
      response.json().errors.map((error: { field: string }) => [error.field, error]),
    );
    expect(byField.channel.message).toBe('Chọn kênh tiếp nhận.');
    expect(byField.organisation.message).toBe('Doanh nghiệp vui lòng nhập tên doanh nghiệp.');
    expect(byField.title.message).toBe('Tiêu đề cần ít nhất 10 ký tự.');

    const wrongField = await enter(moderator, exchanges.live as string, {
      ...letter,
      fieldSlug: 'khoang-san',
    });
    expect(wrongField.statusCode).toBe(422);
    expect(wrongField.json().errors).toEqual([
      {
        field: 'fieldSlug',
        code: 'not_in_exchange',
        message: 'Lĩnh vực này không thuộc buổi giao lưu; vui lòng chọn lại.',
      },
    ]);
    expect(await t.prisma.question.count()).toBe(before);
  });

  it('is for moderators of the department only', async () => {
    const before = await t.prisma.question.count();
    expect((await enter(leader, exchanges.live as string, letter)).statusCode).toBe(403);

    const foreign = await enter(danang, exchanges.live as string, letter);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('exchange_not_found');
    expect(await t.prisma.question.count()).toBe(before);
  });
});
