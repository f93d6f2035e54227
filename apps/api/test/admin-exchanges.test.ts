import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let admin: StaffClient;
let moderator: StaffClient;
let danangAdmin: StaffClient;

beforeAll(async () => {
  t = await startTestApp();
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'admin@hanoi.test', roles: ['admin'] });
  await createStaff(t.prisma, {
    tenantSlug: 'hanoi',
    email: 'mod@hanoi.test',
    roles: ['moderator'],
  });
  await createStaff(t.prisma, {
    tenantSlug: 'danang',
    email: 'admin@danang.test',
    roles: ['admin'],
  });
  admin = await signIn(t, 'hanoi', 'admin@hanoi.test');
  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  danangAdmin = await signIn(t, 'danang', 'admin@danang.test');
});
afterAll(async () => {
  await t?.close();
});

/** What the admin form sends: Vietnam time with its offset. */
const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Giao lưu trực tuyến về cấp giấy chứng nhận quyền sử dụng đất',
  description: 'Giải đáp vướng mắc của người dân về thủ tục đất đai.',
  fieldSlugs: ['dat-dai'],
  guests: [{ name: 'Trần Thị Bình', position: 'Giám đốc Sở' }],
  intakeOpensAt: '2027-01-03T08:00:00+07:00',
  liveStartsAt: '2027-01-10T08:00:00+07:00',
  liveEndsAt: '2027-01-10T16:30:00+07:00',
  ...overrides,
});

const publicGet = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: { host: hostOf('hanoi') } });

const publicIds = async () =>
  (await publicGet('/api/exchanges')).json().items.map((item: { id: string }) => item.id);

async function createDraft(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await admin.request('POST', '/api/admin/exchanges', input(overrides));
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe('opening early', () => {
  it('moves the release of pre-answers with the live start, and leaves other answers alone', async () => {
    const id = await createDraft();
    const oldStart = new Date('2027-01-10T01:00:00Z');
    const preAnswer = await createAnsweredQuestion(t.prisma, {
      exchangeId: id,
      publishAt: oldStart,
      title: 'Trả lời trước',
      trackingCode: 'MOVE-AAAA-AAA2',
    });
    const scheduled = new Date('2027-01-10T03:00:00Z');
    const later = await createAnsweredQuestion(t.prisma, {
      exchangeId: id,
      publishAt: scheduled,
      title: 'Hẹn giờ riêng',
      trackingCode: 'MOVE-BBBB-BBB2',
    });

    const response = await admin.request(
      'PUT',
      `/api/admin/exchanges/${id}`,
      input({ liveStartsAt: '2027-01-10T07:30:00+07:00' }),
    );
    expect(response.statusCode).toBe(200);

    const moved = await t.prisma.answer.findUniqueOrThrow({ where: { id: preAnswer.answer.id } });
    expect(moved.publishAt?.toISOString()).toBe('2027-01-10T00:30:00.000Z');
    const kept = await t.prisma.answer.findUniqueOrThrow({ where: { id: later.answer.id } });
    expect(kept.publishAt?.toISOString()).toBe(scheduled.toISOString());
  });
});

describe('creating and editing exchanges', () => {
  it('creates a draft, stored in UTC, that the public cannot see', async () => {
    const response = await admin.request('POST', '/api/admin/exchanges', input());

    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      status: 'draft',
      state: 'draft',
      rehearsal: false,
      announcedAt: null,
      cancelledAt: null,
      fields: [{ slug: 'dat-dai', nameVi: 'Đất đai' }],
      guests: [{ name: 'Trần Thị Bình', position: 'Giám đốc Sở' }],
      counts: { questions: 0, answered: 0 },
      schedule: {
        intakeOpensAt: '2027-01-03T01:00:00.000Z',
        liveStartsAt: '2027-01-10T01:00:00.000Z',
        liveEndsAt: '2027-01-10T09:30:00.000Z',
      },
    });
    expect(await publicIds()).not.toContain(created.id);
    expect((await publicGet(`/api/exchanges/${created.id}`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/admin/exchanges/${created.id}`)).json().id).toBe(
      created.id,
    );
  });

  it('replaces the title, fields and guests on edit, and audits only what changed', async () => {
    const id = await createDraft();

    const response = await admin.request(
      'PUT',
      `/api/admin/exchanges/${id}`,
      input({
        fieldSlugs: ['moi-truong', 'khoang-san'],
        guests: [
          { name: 'Lê Văn Cường', position: 'Phó Giám đốc Sở' },
          { name: 'Phạm Thu Hà', position: 'Trưởng phòng Môi trường' },
        ],
      }),
    );

    expect(response.statusCode).toBe(200);
    expect(response.json().fields.map((f: { slug: string }) => f.slug)).toEqual([
      'moi-truong',
      'khoang-san',
    ]);
    expect(response.json().guests.map((g: { name: string }) => g.name)).toEqual([
      'Lê Văn Cường',
      'Phạm Thu Hà',
    ]);
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'exchange.update', entityId: id },
    });
    expect(entry.before).toEqual({
      fieldSlugs: ['dat-dai'],
      guests: [{ name: 'Trần Thị Bình', position: 'Giám đốc Sở' }],
    });
    expect(Object.keys(entry.after as object).sort()).toEqual(['fieldSlugs', 'guests']);
  });

  it('puts the Vietnamese time errors on the fields a person must fix', async () => {
    const response = await admin.request(
      'POST',
      '/api/admin/exchanges',
      input({
        intakeOpensAt: '2027-01-11T08:00:00+07:00',
        liveEndsAt: '2027-01-10T07:00:00+07:00',
      }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        {
          field: 'liveEndsAt',
          code: 'end_before_start',
          message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
        },
        {
          field: 'intakeOpensAt',
          code: 'intake_after_start',
          message: 'Phải mở nhận câu hỏi trước khi buổi giao lưu bắt đầu.',
        },
      ]),
    );
  });

  it('compares times as moments, whatever offset each one was sent with', async () => {
    // 08:00 in Hanoi is before 02:00 UTC (09:00 in Hanoi), though not as text.
    const response = await admin.request(
      'POST',
      '/api/admin/exchanges',
      input({ intakeOpensAt: '2027-01-10T08:00:00+07:00', liveStartsAt: '2027-01-10T02:00:00Z' }),
    );
    expect(response.statusCode).toBe(201);
  });

  it('refuses a field that does not exist, on fieldSlugs', async () => {
    const response = await admin.request(
      'POST',
      '/api/admin/exchanges',
      input({ fieldSlugs: ['dat-dai', 'thuy-loi'] }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'fieldSlugs',
        code: 'unknown_field',
        message: 'Không có lĩnh vực "thuy-loi"; vui lòng chọn lại.',
      },
    ]);
  });

  it('refuses to edit an exchange that has ended', async () => {
    const ended = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'ended',
      now: t.clock.now(),
    });
    const response = await admin.request('PUT', `/api/admin/exchanges/${ended.id}`, input());
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'exchange_ended',
      detail: 'Buổi giao lưu đã kết thúc nên không thể sửa.',
    });
  });
});

describe('announcing and cancelling', () => {
  it('publishes the exchange on announcement, once, with its state following the clock', async () => {
    // The clock stands at 10:00 in Hanoi; this one goes live at 11:00 the same day.
    const id = await createDraft({
      intakeOpensAt: '2026-12-27T07:00:00+07:00',
      liveStartsAt: '2026-12-27T11:00:00+07:00',
      liveEndsAt: '2026-12-27T16:30:00+07:00',
    });

    const announced = await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    expect(announced.statusCode).toBe(200);
    expect(announced.json()).toMatchObject({
      status: 'announced',
      state: 'announced',
      announcedAt: t.clock.now().toISOString(),
    });
    expect(await publicIds()).toContain(id);
    expect((await publicGet(`/api/exchanges/${id}`)).json().intakeOpen).toBe(true);

    const again = await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'already_announced',
      detail: 'Buổi giao lưu này đã được công bố rồi.',
    });

    t.clock.advance(3_600_000);
    try {
      expect((await admin.request('GET', `/api/admin/exchanges/${id}`)).json().state).toBe('live');
    } finally {
      t.clock.advance(-3_600_000);
    }
  });

  it('does not announce an exchange whose end has already passed', async () => {
    const id = await createDraft({
      intakeOpensAt: '2026-12-20T08:00:00+07:00',
      liveStartsAt: '2026-12-26T08:00:00+07:00',
      liveEndsAt: '2026-12-26T16:30:00+07:00',
    });
    const response = await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('schedule_in_past');
    expect(await publicIds()).not.toContain(id);
  });

  it('hides a cancelled exchange from the public, keeps the reason, and freezes it', async () => {
    const id = await createDraft();
    await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    const reason = 'Lãnh đạo Sở bận công tác đột xuất.';

    const cancelled = await admin.request('POST', `/api/admin/exchanges/${id}/cancel`, { reason });

    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: reason });
    expect(await publicIds()).not.toContain(id);
    expect((await publicGet(`/api/exchanges/${id}`)).statusCode).toBe(404);

    const edit = await admin.request('PUT', `/api/admin/exchanges/${id}`, input());
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({
      code: 'exchange_cancelled',
      detail: 'Buổi giao lưu đã bị hủy nên không thể sửa.',
    });
    const announce = await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    expect(announce.json()).toMatchObject({ status: 409, code: 'exchange_cancelled' });
    const cancelAgain = await admin.request('POST', `/api/admin/exchanges/${id}/cancel`, {
      reason,
    });
    expect(cancelAgain.json()).toMatchObject({ status: 409, code: 'already_cancelled' });
  });

  it('asks for a reason to cancel', async () => {
    const id = await createDraft();
    const response = await admin.request('POST', `/api/admin/exchanges/${id}/cancel`, {
      reason: '',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'reason',
      message: 'Lý do hủy cần ít nhất 5 ký tự.',
    });
  });

  it('writes who announced and cancelled, with before and after', async () => {
    const id = await createDraft();
    await admin.request('POST', `/api/admin/exchanges/${id}/announce`);
    await admin.request('POST', `/api/admin/exchanges/${id}/cancel`, { reason: 'Trùng lịch họp.' });

    const entries = await t.prisma.auditEntry.findMany({
      where: { entityId: id },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((entry) => entry.action)).toEqual([
      'exchange.create',
      'exchange.announce',
      'exchange.cancel',
    ]);
    expect(entries[2]).toMatchObject({
      before: { status: 'announced', cancelledAt: null, cancelReason: null },
      after: { status: 'cancelled', cancelReason: 'Trùng lịch họp.' },
    });
  });
});

describe('the admin list', () => {
  it('holds every exchange of the department, newest live start first, with counts', async () => {
    const now = t.clock.now();
    const ids: Record<string, string> = {};
    for (const kind of ['draft', 'cancelled', 'live', 'ended'] as const) {
      ids[kind] = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind, now })).id;
    }
    const danang = await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now });
    await createAnsweredQuestion(t.prisma, {
      exchangeId: ids.live as string,
      publishAt: now,
      title: 'Thủ tục tách thửa đất ở',
      trackingCode: 'GL-ADMIN-0001',
    });

    const items = (await admin.request('GET', '/api/admin/exchanges')).json().items;
    const byId = new Map(items.map((item: { id: string }) => [item.id, item]));

    expect(byId.get(ids.draft)).toMatchObject({ status: 'draft', state: 'draft' });
    expect(byId.get(ids.cancelled)).toMatchObject({ status: 'cancelled' });
    expect(byId.get(ids.live)).toMatchObject({
      status: 'announced',
      state: 'live',
      counts: { questions: 1, answered: 1 },
    });
    expect(byId.get(ids.ended)).toMatchObject({ state: 'ended' });
    expect(byId.has(danang.id)).toBe(false);
    const starts = items.map((item: { schedule: { liveStartsAt: string } }) =>
      Date.parse(item.schedule.liveStartsAt),
    );
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});

describe('who may administer', () => {
  it('refuses a moderator with 403', async () => {
    const id = await createDraft();
    for (const [method, url, body] of [
      ['GET', '/api/admin/exchanges', undefined],
      ['POST', '/api/admin/exchanges', input()],
      ['GET', `/api/admin/exchanges/${id}`, undefined],
      ['PUT', `/api/admin/exchanges/${id}`, input()],
      ['POST', `/api/admin/exchanges/${id}/announce`, undefined],
      ['POST', `/api/admin/exchanges/${id}/cancel`, { reason: 'Không có quyền hủy.' }],
    ] as const) {
      const response = await moderator.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().detail).toBe(
        'Tài khoản của bạn không có quyền thực hiện thao tác này.',
      );
    }
    expect((await admin.request('GET', `/api/admin/exchanges/${id}`)).json().status).toBe('draft');
  });

  it("answers another department's exchange exactly like a missing one, and leaves it alone", async () => {
    const id = await createDraft();
    const missing = '7d0b6a1e-1111-4222-8333-944455556666';
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['PUT', '', input({ title: 'Tiêu đề do Sở khác sửa' })],
      ['POST', '/announce', undefined],
      ['POST', '/cancel', { reason: 'Sở khác muốn hủy.' }],
    ] as const) {
      const foreign = await danangAdmin.request(method, `/api/admin/exchanges/${id}${path}`, body);
      const absent = await danangAdmin.request(
        method,
        `/api/admin/exchanges/${missing}${path}`,
        body,
      );
      expect(foreign.statusCode, `${method} ${path}`).toBe(404);
      expect(strip(foreign.json())).toEqual(strip(absent.json()));
    }

    const untouched = (await admin.request('GET', `/api/admin/exchanges/${id}`)).json();
    expect(untouched).toMatchObject({ status: 'draft', title: input().title });
  });

  it('asks to sign in first', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/admin/exchanges',
      headers: { host: hostOf('hanoi') },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('the contract', () => {
  it('documents every admin endpoint in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = response.json().paths;

    expect(Object.keys(paths['/api/admin/exchanges'])).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/admin/exchanges/{id}'])).toEqual(['get', 'put']);
    expect(paths['/api/admin/exchanges/{id}/announce'].post).toBeDefined();
    expect(paths['/api/admin/exchanges/{id}/cancel'].post).toBeDefined();
    expect(Object.keys(paths['/api/admin/staff'])).toEqual(['get', 'post']);
    expect(paths['/api/admin/staff/{id}'].patch).toBeDefined();
    expect(paths['/api/admin/audit'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['action', 'actorId', 'entityId', 'from', 'to', 'page', 'pageSize']),
    );
  });
});
