import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let admin: StaffClient;
let adminId: string;
let moderator: StaffClient;
let danangAdmin: StaffClient;

beforeAll(async () => {
  t = await startTestApp();
  adminId = (
    await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'admin@hanoi.test',
      roles: ['admin', 'leader'],
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
  });
  admin = await signIn(t, 'hanoi', 'admin@hanoi.test');
  moderator = await signIn(t, 'hanoi', 'mod@hanoi.test');
  danangAdmin = await signIn(t, 'danang', 'admin@danang.test');
});
afterAll(async () => {
  await t?.close();
});

const INITIAL_PASSWORD = 'mat-khau-ban-dau-2026';

const account = (email: string, overrides: Record<string, unknown> = {}) => ({
  email,
  name: 'Trần Văn Chuyên',
  position: 'Chuyên viên phòng Đất đai',
  roles: ['expert'],
  password: INITIAL_PASSWORD,
  ...overrides,
});

async function createAccount(email: string, overrides: Record<string, unknown> = {}) {
  const response = await admin.request('POST', '/api/admin/staff', account(email, overrides));
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; email: string };
}

/** A sign-in attempt that reports the refusal instead of throwing. */
async function tryLogin(email: string, password: string) {
  const csrf = await t.app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { host: hostOf('hanoi') },
  });
  const secret = csrf.cookies.find((c) => c.name === 'gl_csrf')?.value ?? '';
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: {
      host: hostOf('hanoi'),
      cookie: `gl_csrf=${secret}`,
      'x-csrf-token': csrf.json().csrfToken,
    },
    payload: { email, password },
  });
}

describe('creating accounts', () => {
  it('creates an account that signs in with its initial password', async () => {
    const response = await admin.request(
      'POST',
      '/api/admin/staff',
      account('Chuyen.Vien@hanoi.test', { roles: ['expert', 'moderator'] }),
    );

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: 'chuyen.vien@hanoi.test',
      name: 'Trần Văn Chuyên',
      roles: ['moderator', 'expert'],
      disabled: false,
    });
    expect(response.body).not.toContain('argon2');

    const colleague = await signIn(t, 'hanoi', 'chuyen.vien@hanoi.test', INITIAL_PASSWORD);
    const me = await colleague.request('GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ roles: ['moderator', 'expert'], tenant: { slug: 'hanoi' } });
  });

  it('refuses an e-mail already used in the department, but not in another one', async () => {
    await createAccount('trung@hanoi.test');

    const duplicate = await admin.request('POST', '/api/admin/staff', account('TRUNG@hanoi.test'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      code: 'email_taken',
      detail: 'Địa chỉ email trung@hanoi.test đã được dùng cho một tài khoản khác của Sở.',
    });

    const elsewhere = await danangAdmin.request(
      'POST',
      '/api/admin/staff',
      account('trung@hanoi.test'),
    );
    expect(elsewhere.statusCode).toBe(201);
  });

  it('gives only department roles', async () => {
    const response = await admin.request(
      'POST',
      '/api/admin/staff',
      account('bo@hanoi.test', { roles: ['expert', 'ministry_admin'] }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'roles',
        code: 'role_not_allowed',
        message:
          'Quản trị viên của Sở chỉ được giao các vai trò: quản trị, tiếp nhận, chuyên viên, lãnh đạo.',
      },
    ]);
    expect(await t.prisma.staffUser.count({ where: { email: 'bo@hanoi.test' } })).toBe(0);
  });

  it('asks for a long enough initial password', async () => {
    const response = await admin.request(
      'POST',
      '/api/admin/staff',
      account('ngan@hanoi.test', { password: 'ngan' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'password',
      message: 'Mật khẩu cần ít nhất 10 ký tự.',
    });
  });
});

describe('changing accounts', () => {
  it('changes name, position and roles, and audits before and after', async () => {
    const { id } = await createAccount('doi@hanoi.test');

    const response = await admin.request('PATCH', `/api/admin/staff/${id}`, {
      name: 'Trần Văn Đổi',
      roles: ['expert', 'leader'],
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Trần Văn Đổi',
      position: 'Chuyên viên phòng Đất đai',
      roles: ['expert', 'leader'],
    });
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.update', entityId: id },
    });
    expect(entry).toMatchObject({
      actorId: adminId,
      before: { name: 'Trần Văn Chuyên', roles: ['expert'] },
      after: { name: 'Trần Văn Đổi', roles: ['expert', 'leader'] },
    });
  });

  it('signs a disabled person out at once and keeps them out', async () => {
    const { id } = await createAccount('nghi@hanoi.test');
    const colleague = await signIn(t, 'hanoi', 'nghi@hanoi.test', INITIAL_PASSWORD);
    expect((await colleague.request('GET', '/api/auth/me')).statusCode).toBe(200);

    const disabled = await admin.request('PATCH', `/api/admin/staff/${id}`, { disabled: true });

    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await colleague.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const login = await tryLogin('nghi@hanoi.test', INITIAL_PASSWORD);
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('account_disabled');
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.update', entityId: id },
    });
    expect(entry).toMatchObject({ before: { disabled: false }, after: { disabled: true } });

    // Enabling again lets them sign in anew; the session cut off stays closed.
    await admin.request('PATCH', `/api/admin/staff/${id}`, { disabled: false });
    expect((await colleague.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await tryLogin('nghi@hanoi.test', INITIAL_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let an admin disable themself or drop their own admin role', async () => {
    const disable = await admin.request('PATCH', `/api/admin/staff/${adminId}`, {
      disabled: true,
    });
    expect(disable.statusCode).toBe(409);
    expect(disable.json()).toMatchObject({
      code: 'cannot_disable_self',
      detail:
        'Bạn không thể tự vô hiệu hóa tài khoản của mình. Hãy nhờ một quản trị viên khác của Sở.',
    });

    const demote = await admin.request('PATCH', `/api/admin/staff/${adminId}`, {
      roles: ['leader'],
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('cannot_remove_own_admin');

    const me = await admin.request('GET', '/api/auth/me');
    expect(me.json().roles).toEqual(['admin', 'leader']);
  });
});

describe('who may manage accounts', () => {
  it("lists the department's own accounts, disabled ones included", async () => {
    const { id } = await createAccount('tat@hanoi.test');
    await admin.request('PATCH', `/api/admin/staff/${id}`, { disabled: true });

    const items = (await admin.request('GET', '/api/admin/staff')).json().items;
    const emails = items.map((item: { email: string }) => item.email);

    expect(emails).toContain('mod@hanoi.test');
    expect(emails).not.toContain('admin@danang.test');
    expect(items.find((item: { id: string }) => item.id === id)).toMatchObject({ disabled: true });
  });

  it('refuses a moderator with 403', async () => {
    const { id } = await createAccount('quyen@hanoi.test');
    for (const [method, url, body] of [
      ['GET', '/api/admin/staff', undefined],
      ['POST', '/api/admin/staff', account('moi@hanoi.test')],
      ['PATCH', `/api/admin/staff/${id}`, { roles: ['admin'] }],
    ] as const) {
      const response = await moderator.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    expect(await t.prisma.staffUser.count({ where: { email: 'moi@hanoi.test' } })).toBe(0);
  });

  it("answers another department's account exactly like a missing one", async () => {
    const { id } = await createAccount('rieng@hanoi.test');
    const missing = '7d0b6a1e-1111-4222-8333-944455556666';
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

    const foreign = await danangAdmin.request('PATCH', `/api/admin/staff/${id}`, {
      disabled: true,
    });
    const absent = await danangAdmin.request('PATCH', `/api/admin/staff/${missing}`, {
      disabled: true,
    });

    expect(foreign.statusCode).toBe(404);
    expect(strip(foreign.json())).toEqual(strip(absent.json()));
    expect((await tryLogin('rieng@hanoi.test', INITIAL_PASSWORD)).statusCode).toBe(200);
  });
});
