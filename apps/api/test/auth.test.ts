import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_LOGINS } from '../src/modules/auth/sign-in.ts';
import { createStaff, signIn, TEST_PASSWORD } from './support/staff.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await createStaff(t.prisma, {
    tenantSlug: 'hanoi',
    email: 'mod@hanoi.test',
    roles: ['moderator'],
    name: 'Lê Thu',
  });
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'lock@hanoi.test', roles: ['expert'] });
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'pw@hanoi.test', roles: ['expert'] });
});
afterAll(async () => {
  await t?.close();
});

async function rawLogin(slug: string, email: string, password: string) {
  const csrf = await t.app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { host: hostOf(slug) },
  });
  const secret = csrf.cookies.find((c) => c.name === 'gl_csrf')?.value ?? '';
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: {
      host: hostOf(slug),
      cookie: `gl_csrf=${secret}`,
      'x-csrf-token': csrf.json().csrfToken,
    },
    payload: { email, password },
  });
}

describe('signing in', () => {
  it('opens a session in an HttpOnly, SameSite cookie and says who is signed in', async () => {
    const response = await rawLogin('hanoi', 'MOD@hanoi.test', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      email: 'mod@hanoi.test',
      name: 'Lê Thu',
      roles: ['moderator'],
      tenant: { slug: 'hanoi' },
    });

    const cookie = response.cookies.find((c) => c.name === 'gl_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const stored = await t.prisma.loginSession.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(stored.tokenHash).not.toBe(cookie?.value);
  });

  it('refuses a wrong password and an unknown account with the same Vietnamese message', async () => {
    const wrong = await rawLogin('hanoi', 'mod@hanoi.test', 'sai-mat-khau-roi');
    const unknown = await rawLogin('hanoi', 'nobody@hanoi.test', 'sai-mat-khau-roi');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe('Email hoặc mật khẩu không đúng.');
    expect(unknown.json().code).toBe(wrong.json().code);
  });

  it("does not let a department's account sign in on another department's site", async () => {
    const response = await rawLogin('danang', 'mod@hanoi.test', TEST_PASSWORD);
    expect(response.statusCode).toBe(401);
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: hostOf('hanoi') },
      payload: { email: 'mod@hanoi.test', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_invalid');
  });

  it('locks an account for a while after repeated wrong passwords, even with the right one', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect((await rawLogin('hanoi', 'lock@hanoi.test', 'khong-dung-dau')).statusCode).toBe(401);
    }
    const locked = await rawLogin('hanoi', 'lock@hanoi.test', TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().detail).toMatch(
      /^Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần\. Vui lòng thử lại sau \d\d:\d\d/,
    );

    t.clock.advance(16 * 60_000);
    expect((await rawLogin('hanoi', 'lock@hanoi.test', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('a session', () => {
  it('answers /me, and ends on the server at sign-out', async () => {
    const staff = await signIn(t, 'hanoi', 'mod@hanoi.test');
    expect((await staff.request('GET', '/api/auth/me')).statusCode).toBe(200);

    expect((await staff.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    const after = await staff.request('GET', '/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({
      code: 'not_signed_in',
      detail: 'Vui lòng đăng nhập để tiếp tục.',
    });
  });

  it('refuses a change without the CSRF token even with a valid session', async () => {
    const staff = await signIn(t, 'hanoi', 'mod@hanoi.test');
    const response = await staff.request('POST', '/api/auth/logout', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(response.statusCode).toBe(403);
    expect((await staff.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('stops working once the account is disabled or the session expires', async () => {
    const staff = await signIn(t, 'hanoi', 'mod@hanoi.test');
    t.clock.advance(13 * 3_600_000);
    expect((await staff.request('GET', '/api/auth/me')).statusCode).toBe(401);
    t.clock.advance(-13 * 3_600_000);
  });

  it('changes the password and ends the other sessions of the account', async () => {
    const phone = await signIn(t, 'hanoi', 'pw@hanoi.test');
    const desk = await signIn(t, 'hanoi', 'pw@hanoi.test');

    const wrong = await desk.request('POST', '/api/auth/password', {
      currentPassword: 'khong-dung',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'currentPassword' });

    const short = await desk.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'ngan',
    });
    expect(short.json().errors[0]).toMatchObject({
      field: 'newPassword',
      message: 'Mật khẩu cần ít nhất 10 ký tự.',
    });

    const changed = await desk.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-2026',
    });
    expect(changed.statusCode).toBe(204);
    expect((await desk.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await phone.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await rawLogin('hanoi', 'pw@hanoi.test', 'mat-khau-moi-2026')).statusCode).toBe(200);
  });

  it('writes sign-ins to the audit log', async () => {
    const entries = await t.prisma.auditEntry.count({ where: { action: 'auth.login' } });
    expect(entries).toBeGreaterThan(0);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 in Vietnamese once a client tries too often', async () => {
    const limited = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { host: hostOf('hanoi') },
          payload: {},
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).not.toBe(429);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().detail).toMatch(/^Bạn đã gửi quá nhiều yêu cầu\./);
    } finally {
      await limited.close();
    }
  });
});
