import type { StaffRole } from '@giaoluu/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { hostOf, type TestApp } from './test-app.ts';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';
let testPasswordHash: Promise<string> | null = null;

/** A staff account of a department; the password hash is computed once per test file. */
export async function createStaff(
  prisma: PrismaClient,
  options: {
    tenantSlug: string;
    email: string;
    roles: StaffRole[];
    name?: string;
    position?: string;
  },
) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: options.tenantSlug } });
  return prisma.staffUser.create({
    data: {
      tenantId: tenant.id,
      email: options.email,
      name: options.name ?? options.email.split('@')[0] ?? 'Cán bộ',
      position: options.position ?? 'Chuyên viên',
      roles: options.roles,
      passwordHash: await testPasswordHash,
    },
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser, as far as the server can tell: its cookies and its CSRF token. */
export type StaffClient = {
  csrfToken: string;
  request(
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
};

/** Signs in the way the web app does: fetch a CSRF token, then post the credentials with it. */
export async function signIn(
  t: TestApp,
  slug: string,
  email: string,
  password = TEST_PASSWORD,
): Promise<StaffClient> {
  const jar = new Map<string, string>();
  const remember = (response: LightMyRequestResponse) => {
    for (const cookie of response.cookies) jar.set(cookie.name, cookie.value);
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

  const csrf = await t.app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { host: hostOf(slug) },
  });
  remember(csrf);
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { host: hostOf(slug), cookie: cookieHeader(), 'x-csrf-token': csrf.json().csrfToken },
    payload: { email, password },
  });
  if (login.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${login.statusCode} ${login.body}`);
  remember(login);

  const client: StaffClient = {
    csrfToken: login.json().csrfToken,
    request: async (method, url, payload, headers = {}) => {
      const response = await t.app.inject({
        method,
        url,
        headers: {
          host: hostOf(slug),
          cookie: cookieHeader(),
          'x-csrf-token': client.csrfToken,
          ...headers,
        },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      remember(response);
      return response;
    },
  };
  return client;
}
