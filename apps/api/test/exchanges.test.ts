import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchange } from './support/fixtures.ts';
import { hostOf, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now();
  for (const kind of [
    'announced',
    'not-yet-open',
    'live',
    'ended',
    'draft',
    'rehearsal',
    'cancelled',
  ] as const) {
    ids[kind] = (await createExchange(t.prisma, { tenantSlug: 'hanoi', kind, now })).id;
  }
  ids.danang = (await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now })).id;
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, slug = 'hanoi') =>
  t.app.inject({ method: 'GET', url, headers: { host: hostOf(slug) } });

describe('public exchanges', () => {
  it("lists only the department's public exchanges with their state from the clock", async () => {
    const response = await get('/api/exchanges');
    expect(response.statusCode).toBe(200);
    const byId = new Map(response.json().items.map((item: { id: string }) => [item.id, item]));

    expect(byId.get(ids.live)).toMatchObject({ state: 'live', intakeOpen: true });
    expect(byId.get(ids.announced)).toMatchObject({ state: 'announced', intakeOpen: true });
    expect(byId.get(ids['not-yet-open'])).toMatchObject({ state: 'announced', intakeOpen: false });
    expect(byId.get(ids.ended)).toMatchObject({ state: 'ended', intakeOpen: false });
    for (const hidden of ['draft', 'rehearsal', 'cancelled', 'danang']) {
      expect(byId.has(ids[hidden])).toBe(false);
    }
  });

  it('shows the schedule, fields and guests of one exchange', async () => {
    const response = await get(`/api/exchanges/${ids.live}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.fields.map((f: { slug: string }) => f.slug)).toEqual(['dat-dai', 'moi-truong']);
    expect(body.guests).toEqual([{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }]);
    expect(body.counts).toEqual({ questions: 0, answered: 0 });
    expect(new Date(body.schedule.liveStartsAt).getTime()).toBe(
      t.clock.now().getTime() - 3_600_000,
    );
  });

  it('moves from live to ended when the clock passes the end', async () => {
    t.clock.advance(8 * 3_600_000);
    try {
      expect((await get(`/api/exchanges/${ids.live}`)).json().state).toBe('ended');
    } finally {
      t.clock.advance(-8 * 3_600_000);
    }
  });

  it("answers another department's exchange exactly like a missing one", async () => {
    const foreign = await get(`/api/exchanges/${ids.danang}`);
    const missing = await get('/api/exchanges/7d0b6a1e-1111-4222-8333-944455556666');
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(foreign.json())).toEqual(strip(missing.json()));
    expect(foreign.json().code).toBe('exchange_not_found');
  });

  it('hides drafts and rehearsals even from someone who knows the id', async () => {
    expect((await get(`/api/exchanges/${ids.draft}`)).statusCode).toBe(404);
    expect((await get(`/api/exchanges/${ids.rehearsal}`)).statusCode).toBe(404);
  });

  it('answers a malformed id with 422 and a Vietnamese message', async () => {
    const response = await get('/api/exchanges/not-a-uuid');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'id', message: 'Mã buổi giao lưu không hợp lệ.' }],
    });
  });
});
