import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { FeedCache, type FeedWindow } from './feed-cache.ts';

const hanoi = { id: 'tenant-hanoi', name: 'Sở Nông nghiệp và Môi trường Hà Nội' } as TenantContext;
const danang = {
  id: 'tenant-danang',
  name: 'Sở Nông nghiệp và Môi trường Đà Nẵng',
} as TenantContext;

/** A feed source whose content the test changes, counting the reads that reach it. */
function source() {
  const releases = new Map<string, Date>();
  const titles = new Map<string, string[]>([
    ['hanoi:ex-1', ['Câu hỏi A']],
    ['danang:ex-2', ['Câu hỏi B']],
  ]);
  let reads = 0;
  let clock = 0;
  let appNow = Date.parse('2027-01-10T01:00:00Z');
  const cache = new FeedCache({
    now: () => clock,
    clock: () => new Date(appNow),
    minReloadMs: 1_000,
    maxExchanges: 3,
    load: async (tenant, exchangeId) => {
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const list = titles.get(`${tenant.id.replace('tenant-', '')}:${exchangeId}`);
      if (!list) throw new Error('not found');
      const window: FeedWindow = {
        entries: list.map((title, index) => ({
          item: { title } as FeedWindow['entries'][number]['item'],
          cursor: `cursor-${index}`,
        })),
        hasMore: false,
        changesAt: releases.get(exchangeId) ?? null,
      };
      return window;
    },
  });
  return {
    cache,
    titles,
    reads: () => reads,
    releases,
    setAppNow: (at: Date) => {
      appNow = at.getTime();
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const titlesOf = (body: Buffer) =>
  (JSON.parse(body.toString('utf8')) as { items: { title: string }[] }).items.map(
    (item) => item.title,
  );

describe('the feed cache', () => {
  it('serves a thousand simultaneous viewers with one read', async () => {
    const feed = source();
    const bodies = await Promise.all(
      Array.from({ length: 1_000 }, () => feed.cache.firstPage(hanoi, 'ex-1', 10)),
    );
    expect(feed.reads()).toBe(1);
    expect(new Set(bodies).size).toBe(1);
    expect(titlesOf(bodies[0] as Buffer)).toEqual(['Câu hỏi A']);
  });

  it('after news, reads again at most once a second, and never answers with the old page', async () => {
    const feed = source();
    await feed.cache.firstPage(hanoi, 'ex-1', 10);

    feed.titles.set('hanoi:ex-1', ['Câu hỏi mới', 'Câu hỏi A']);
    feed.cache.invalidate('ex-1');
    feed.advance(200);
    // Within the second after the last read the request waits for the next read, which sees
    // the news; it is not handed the page from before.
    const started = performance.now();
    const [first, second] = await Promise.all([
      feed.cache.firstPage(hanoi, 'ex-1', 10),
      feed.cache.firstPage(hanoi, 'ex-1', 10),
    ]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(700);
    expect(titlesOf(first)).toEqual(['Câu hỏi mới', 'Câu hỏi A']);
    expect(second).toBe(first);
    expect(feed.reads()).toBe(2);

    // Without news, later requests are served from memory.
    feed.advance(5_000);
    await feed.cache.firstPage(hanoi, 'ex-1', 10);
    expect(feed.reads()).toBe(2);
  });

  it('reads again at once when a scheduled release falls due, without waiting for news', async () => {
    const feed = source();
    const opening = new Date('2027-01-10T01:00:30Z');
    feed.releases.set('ex-1', opening);
    await feed.cache.firstPage(hanoi, 'ex-1', 10);
    feed.setAppNow(new Date(opening.getTime() - 1));
    await feed.cache.firstPage(hanoi, 'ex-1', 10);
    expect(feed.reads()).toBe(1);

    feed.titles.set('hanoi:ex-1', ['Trả lời trước', 'Câu hỏi A']);
    feed.setAppNow(opening);
    const started = performance.now();
    const body = await feed.cache.firstPage(hanoi, 'ex-1', 10);
    expect(performance.now() - started).toBeLessThan(500);
    expect(titlesOf(body)).toEqual(['Trả lời trước', 'Câu hỏi A']);
    expect(feed.reads()).toBe(2);
  });

  it('keeps each department’s copy apart, and does not keep a failed read', async () => {
    const feed = source();
    await expect(feed.cache.firstPage(danang, 'ex-1', 10)).rejects.toThrow('not found');
    expect(titlesOf(await feed.cache.firstPage(hanoi, 'ex-1', 10))).toEqual(['Câu hỏi A']);
    await expect(feed.cache.firstPage(danang, 'ex-1', 10)).rejects.toThrow('not found');
    expect(feed.reads()).toBe(3);
  });

  it('gives each page size its own first page and cursor from the same read', async () => {
    const feed = source();
    feed.titles.set('hanoi:ex-1', ['Một', 'Hai', 'Ba']);
    const two = JSON.parse((await feed.cache.firstPage(hanoi, 'ex-1', 2)).toString('utf8'));
    const ten = JSON.parse((await feed.cache.firstPage(hanoi, 'ex-1', 10)).toString('utf8'));
    expect(two.items).toHaveLength(2);
    expect(two.nextCursor).toBe('cursor-1');
    expect(ten.items).toHaveLength(3);
    expect(ten.nextCursor).toBeNull();
    expect(feed.reads()).toBe(1);
  });

  it('holds a bounded number of exchanges, dropping the least recently asked', async () => {
    const feed = source();
    for (const id of ['a', 'b', 'c', 'd']) feed.titles.set(`hanoi:${id}`, [id]);
    for (const id of ['a', 'b', 'c', 'd']) await feed.cache.firstPage(hanoi, id, 10);
    expect(feed.reads()).toBe(4);
    await feed.cache.firstPage(hanoi, 'd', 10);
    expect(feed.reads()).toBe(4);
    // "a" was dropped to make room for "d": asking for it reads again.
    await feed.cache.firstPage(hanoi, 'a', 10);
    expect(feed.reads()).toBe(5);
  });
});
