import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

type Entry = {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

let t: TestApp;
let admin: StaffClient;
let adminId: string;
let danangAdmin: StaffClient;
let exchangeId: string;
let staffId: string;
let danangExchangeId: string;

const exchangeInput = {
  title: 'Giao lưu trực tuyến về bảo vệ môi trường làng nghề',
  fieldSlugs: ['moi-truong'],
  intakeOpensAt: '2027-01-03T08:00:00+07:00',
  liveStartsAt: '2027-01-10T08:00:00+07:00',
  liveEndsAt: '2027-01-10T16:30:00+07:00',
};

beforeAll(async () => {
  t = await startTestApp();
  adminId = (
    await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'admin@hanoi.test',
      roles: ['admin'],
      name: 'Nguyễn Thị Quản Trị',
    })
  ).id;
  await createStaff(t.prisma, {
    tenantSlug: 'hanoi',
    email: 'mod@hanoi.test',
    roles: ['moderator'],
  });
  await createStaff(t.prisma, {
    tenantSlug: 'danang',
    email: 'admin@danang.test',
    roles: ['admin'],
    name: 'Hồ Văn Đà Nẵng',
  });
  admin = await signIn(t, 'hanoi', 'admin@hanoi.test');
  danangAdmin = await signIn(t, 'danang', 'admin@danang.test');

  // A day's work in Hà Nội, then some in Đà Nẵng.
  exchangeId = (await admin.request('POST', '/api/admin/exchanges', exchangeInput)).json().id;
  await admin.request('POST', `/api/admin/exchanges/${exchangeId}/announce`);
  staffId = (
    await admin.request('POST', '/api/admin/staff', {
      email: 'moi@hanoi.test',
      name: 'Đỗ Minh Mới',
      roles: ['expert'],
      password: 'mat-khau-ban-dau-2026',
    })
  ).json().id;
  await admin.request('PATCH', `/api/admin/staff/${staffId}`, { roles: ['expert', 'leader'] });

  danangExchangeId = (
    await danangAdmin.request('POST', '/api/admin/exchanges', exchangeInput)
  ).json().id;
});
afterAll(async () => {
  await t?.close();
});

async function auditPage(client: StaffClient, query = '') {
  const response = await client.request('GET', `/api/admin/audit${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { items: Entry[]; total: number; page: number; pageSize: number };
}

describe('the audit view', () => {
  it('shows who did what, newest first, with before and after', async () => {
    const { items } = await auditPage(admin);

    expect(items.slice(0, 4).map((entry) => entry.action)).toEqual([
      'staff.update',
      'staff.create',
      'exchange.announce',
      'exchange.create',
    ]);
    expect(items[0]).toMatchObject({
      actor: { id: adminId, name: 'Nguyễn Thị Quản Trị' },
      entityId: staffId,
      before: { roles: ['expert'] },
      after: { roles: ['expert', 'leader'] },
    });
    expect(items[2]).toMatchObject({
      entityId: exchangeId,
      before: { status: 'draft', announcedAt: null },
      after: { status: 'announced' },
    });
  });

  it('never shows a password or its hash', async () => {
    const created = (await auditPage(admin, '?action=staff.create')).items[0];

    expect(created?.after).toEqual({
      email: 'moi@hanoi.test',
      name: 'Đỗ Minh Mới',
      position: null,
      roles: ['expert'],
      disabled: false,
    });
    const body = JSON.stringify(await auditPage(admin));
    expect(body).not.toContain('argon2');
    expect(body).not.toContain('mat-khau-ban-dau-2026');
  });

  it('includes sign-in and sign-out', async () => {
    const moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
    await moderator.request('POST', '/api/auth/logout');

    const { items } = await auditPage(admin, '?action=auth.logout');
    expect(items[0]?.actor?.name).toBe('mod');
    expect((await auditPage(admin, '?action=auth.login')).total).toBeGreaterThanOrEqual(2);
  });

  it('filters by action, actor, entity and time', async () => {
    const announces = await auditPage(admin, '?action=exchange.announce');
    expect(announces.items.map((entry) => entry.entityId)).toEqual([exchangeId]);

    const aboutExchange = await auditPage(admin, `?entityId=${exchangeId}`);
    expect(aboutExchange.items.map((entry) => entry.action)).toEqual([
      'exchange.announce',
      'exchange.create',
    ]);

    const byAdmin = await auditPage(admin, `?actorId=${adminId}`);
    expect(byAdmin.items.every((entry) => entry.actor?.id === adminId)).toBe(true);

    const newest = (await auditPage(admin)).items[0] as Entry;
    const since = await auditPage(admin, `?from=${encodeURIComponent(newest.at)}`);
    expect(since.items.map((entry) => entry.id)).toContain(newest.id);
    const before = await auditPage(admin, `?to=${encodeURIComponent(newest.at)}`);
    expect(before.items.map((entry) => entry.id)).not.toContain(newest.id);
  });

  it('pages through the log without repeating an entry', async () => {
    const all = await auditPage(admin);
    const first = await auditPage(admin, '?pageSize=2&page=1');
    const second = await auditPage(admin, '?pageSize=2&page=2');

    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect([...first.items, ...second.items].map((entry) => entry.id)).toEqual(
      all.items.slice(0, 4).map((entry) => entry.id),
    );
  });

  it("never shows another department's entries", async () => {
    const hanoi = await auditPage(admin, '?pageSize=200');
    const seen = JSON.stringify(hanoi);
    expect(seen).not.toContain(danangExchangeId);
    expect(seen).not.toContain('Hồ Văn Đà Nẵng');

    const peek = await auditPage(danangAdmin, `?entityId=${exchangeId}`);
    expect(peek).toMatchObject({ total: 0, items: [] });
    const own = await auditPage(danangAdmin, '?action=exchange.create');
    expect(own.items.map((entry) => entry.entityId)).toEqual([danangExchangeId]);
  });

  it('is for admins only, and explains a bad filter in Vietnamese', async () => {
    const moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
    expect((await moderator.request('GET', '/api/admin/audit')).statusCode).toBe(403);

    const bad = await admin.request('GET', '/api/admin/audit?from=hom-qua');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({
      field: 'from',
      message: 'Thời điểm bắt đầu lọc không hợp lệ.',
    });
  });
});
