import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { httpGet } from './support/http-get.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { appendEvent } from './support/live-events.ts';
import { eventually } from './support/live-stream.ts';
import { createStaff } from './support/staff.ts';

// The feed's front lane answers a current first page before Fastify's request path. These
// tests hold it to answering exactly what that path answers, and only when it may.

let live: Awaited<ReturnType<typeof startLiveApps>>;
let t: LiveApp;
let exchangeId: string;
let tenantId: string;
let fullPath: MockInstance;
const MINUTE = 60_000;

beforeAll(async () => {
  live = await startLiveApps(1);
  t = live.apps[0] as LiveApp;
  const now = t.clock.now();
  const exchange = await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now });
  exchangeId = exchange.id;
  tenantId = exchange.tenantId;
  for (let i = 1; i <= 3; i++) {
    await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(now.getTime() - (10 - i) * MINUTE),
      title: `Câu hỏi số ${i}`,
      trackingCode: `LANE-AAAA-AAA${i + 1}`,
    });
  }
  // Every request that takes the full path asks the feed cache for its page through this.
  fullPath = vi.spyOn(t.app.deps.feedPages, 'firstPage');
});
afterAll(async () => {
  await live?.close();
});

/** The public news an approval sends, which tells every instance the feed has changed. */
function announcePublication() {
  return appendEvent(t.prisma, {
    tenantId,
    exchangeId,
    channel: 'public',
    type: 'answer.published',
    payload: {},
  });
}

const feed = (
  options: { query?: string; slug?: string; headers?: Record<string, string>; id?: string } = {},
) =>
  httpGet({
    port: t.port,
    path: `/api/exchanges/${options.id ?? exchangeId}/feed${options.query ?? ''}`,
    slug: options.slug,
    headers: options.headers,
  });
const titles = (body: Buffer) =>
  JSON.parse(body.toString('utf8')).items.map((item: { title: string }) => item.title);

// What differs between any two responses, whichever path served them.
const PER_RESPONSE = new Set(['date', 'x-request-id']);
const lasting = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));

describe("the feed's front lane", () => {
  it('answers repeat requests from the cached copy with the bytes and headers of the full path', async () => {
    const first = await feed();
    expect(first.status).toBe(200);
    expect(titles(first.body)).toEqual(['Câu hỏi số 3', 'Câu hỏi số 2', 'Câu hỏi số 1']);
    const callsAfterFirst = fullPath.mock.calls.length;

    const repeats = await Promise.all([feed(), feed(), feed(), feed()]);
    expect(fullPath.mock.calls.length).toBe(callsAfterFirst);
    for (const repeat of repeats) {
      expect(repeat.status).toBe(200);
      expect(repeat.body.equals(first.body)).toBe(true);
      expect(lasting(repeat.headers)).toEqual(lasting(first.headers));
    }
    expect(first.headers['content-security-policy']).toContain("default-src 'self'");
    expect(first.headers['x-content-type-options']).toBe('nosniff');

    // Each response still has an id of its own, as a support request would quote it.
    const ids = new Set([first, ...repeats].map((response) => response.headers['x-request-id']));
    expect(ids.size).toBe(5);
  });

  it('serves a page size only once the full path has made it', async () => {
    const before = fullPath.mock.calls.length;
    const two = await feed({ query: '?limit=2' });
    expect(titles(two.body)).toEqual(['Câu hỏi số 3', 'Câu hỏi số 2']);
    expect(fullPath.mock.calls.length).toBe(before + 1);

    const again = await feed({ query: '?limit=2' });
    expect(again.body.equals(two.body)).toBe(true);
    expect(fullPath.mock.calls.length).toBe(before + 1);
  });

  it('leaves cursors, bad page sizes and other parameters to the full path', async () => {
    const before = fullPath.mock.calls.length;
    const tooMany = await feed({ query: '?limit=99' });
    expect(tooMany.status).toBe(422);
    expect(JSON.parse(tooMany.body.toString('utf8')).code).toBe('validation_failed');

    const first = JSON.parse((await feed({ query: '?limit=1' })).body.toString('utf8'));
    const next = await feed({ query: `?limit=1&cursor=${first.nextCursor}` });
    expect(titles(next.body)).toEqual(['Câu hỏi số 2']);

    const busted = await feed({ query: '?limit=2&_=12345' });
    expect(busted.status).toBe(200);
    // ?limit=1 and ?limit=2&_ went through the cache; the cursor page and the 422 did not.
    expect(fullPath.mock.calls.length).toBe(before + 2);
  });

  it('shows a newly published answer to the first request after the news', async () => {
    await feed();
    await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(t.clock.now().getTime() - MINUTE),
      title: 'Câu trả lời vừa công bố',
      trackingCode: 'LANE-BBBB-BBB2',
    });
    // Without news the cached copy is still current, as for a viewer a second earlier.
    expect(titles((await feed()).body)).not.toContain('Câu trả lời vừa công bố');

    await announcePublication();
    // The news reaches this instance through the notification, then every request sees it.
    await eventually(async () => titles((await feed()).body)[0] === 'Câu trả lời vừa công bố');
    expect(titles((await feed()).body)[0]).toBe('Câu trả lời vừa công bố');
  });

  it('keeps a copy asked for with the id in capitals as current as any other', async () => {
    const shouted = exchangeId.toUpperCase();
    await feed({ id: shouted });
    await createAnsweredQuestion(t.prisma, {
      exchangeId,
      publishAt: new Date(t.clock.now().getTime() - MINUTE),
      title: 'Câu trả lời cho địa chỉ viết hoa',
      trackingCode: 'LANE-CCCC-CCC2',
    });
    await announcePublication();

    const shown = async (id?: string) =>
      titles((await feed({ id })).body).includes('Câu trả lời cho địa chỉ viết hoa');
    // Once the news has reached the lower-case copy, it has reached the other spelling too.
    await eventually(() => shown());
    expect(await shown(shouted)).toBe(true);
  });

  it("answers 404 from another department's host, though the copy is cached", async () => {
    await feed();
    const danang = await feed({ slug: 'danang' });
    expect(danang.status).toBe(404);
    expect(JSON.parse(danang.body.toString('utf8')).code).toBe('exchange_not_found');

    const nobody = await feed({ slug: 'khong-co-tinh-nay' });
    expect(nobody.status).toBe(404);
    expect(JSON.parse(nobody.body.toString('utf8')).code).toBe('tenant_not_found');
  });

  it('lets a signed-in officer through the full path, where the session is resolved', async () => {
    await createStaff(t.prisma, {
      tenantSlug: 'hanoi',
      email: 'lane@hanoi.test',
      roles: ['expert'],
    });
    const cookie = await staffCookie(t, 'hanoi', 'lane@hanoi.test');
    await feed();
    const before = fullPath.mock.calls.length;

    const officer = await feed({ headers: { cookie } });
    expect(officer.status).toBe(200);
    expect(fullPath.mock.calls.length).toBe(before + 1);
  });
});
