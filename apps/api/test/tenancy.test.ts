import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const getTenant = (host: string) =>
  t.app.inject({ method: 'GET', url: '/api/tenant', headers: { host } });

describe('tenant from the Host header', () => {
  it('resolves a department from its subdomain, with or without a port', async () => {
    const response = await getTenant('hanoi.localhost:3000');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: 'hanoi',
      kind: 'department',
      name: 'Sở Tài nguyên và Môi trường thành phố Hà Nội',
      provinceName: 'Hà Nội',
      ministryUrl: 'http://localhost:3000/',
    });
    expect((await getTenant('DANANG.LOCALHOST')).json()).toMatchObject({ slug: 'danang' });
  });

  it('resolves the ministry from the base domain and from bo.<base>', async () => {
    for (const host of ['localhost:3000', 'bo.localhost']) {
      const response = await getTenant(host);
      expect(response.json()).toMatchObject({
        slug: 'bo',
        kind: 'ministry',
        name: 'Bộ Tài nguyên và Môi trường',
      });
    }
  });

  it('answers an unknown subdomain with 404, a code and the way to the ministry', async () => {
    const response = await getTenant('atlantis.localhost:3000');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'tenant_not_found',
      detail: 'Không tìm thấy trang của đơn vị này.',
      ministryUrl: 'http://localhost:3000/',
    });
  });

  it('treats an inactive department like an unknown one', async () => {
    await t.prisma.tenant.update({ where: { slug: 'camau' }, data: { active: false } });
    const response = await getTenant('camau.localhost');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('tenant_not_found');
  });

  it('refuses hosts outside the base domain and nested subdomains', async () => {
    for (const host of ['hanoi.example.com', 'a.hanoi.localhost', '127.0.0.1:3000']) {
      expect((await getTenant(host)).statusCode).toBe(404);
    }
  });

  it('serves health and the API description on any host', async () => {
    expect(
      (await t.app.inject({ url: '/api/health', headers: { host: '127.0.0.1' } })).statusCode,
    ).toBe(200);
    const openapi = await t.app.inject({
      url: '/api/openapi.json',
      headers: { host: '127.0.0.1' },
    });
    expect(openapi.statusCode).toBe(200);
    const paths = Object.keys(openapi.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/tenant',
        '/api/exchanges',
        '/api/exchanges/{id}',
        '/api/exchanges/{id}/feed',
        '/api/exchanges/{id}/questions',
        '/api/track/{code}',
      ]),
    );
  });
});
