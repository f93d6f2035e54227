import { describe, expect, it } from 'vitest';
import { feedItem } from '../../test/fixtures.ts';
import { type FeedData, withFeedItem, withoutFeedItem } from './feed-cache.ts';

const at = (id: string, publishedAt: string) =>
  feedItem({
    id,
    title: `Câu hỏi ${id.slice(0, 2)}`,
    answer: { ...feedItem().answer, publishedAt },
  });

const a = at('aa000000-0000-4000-8000-000000000000', '2026-12-27T04:00:00Z');
const b = at('bb000000-0000-4000-8000-000000000000', '2026-12-27T03:00:00Z');
const c = at('cc000000-0000-4000-8000-000000000000', '2026-12-27T02:00:00Z');
const d = at('dd000000-0000-4000-8000-000000000000', '2026-12-27T01:00:00Z');

function data(pages: Array<{ items: ReturnType<typeof at>[]; nextCursor: string | null }>) {
  return { pages, pageParams: pages.map((_, index) => (index === 0 ? null : `p${index}`)) };
}
const ids = (feed: FeedData) => feed.pages.map((page) => page.items.map((item) => item.id[0]));

describe('the cached feed', () => {
  it('takes a new answer at its place by release time, newest first', () => {
    const feed = data([{ items: [b, d], nextCursor: null }]);
    expect(ids(withFeedItem(feed, a))).toEqual([['a', 'b', 'd']]);
    expect(ids(withFeedItem(feed, c))).toEqual([['b', 'c', 'd']]);
  });

  it('keeps an answer it already has once, with its latest content', () => {
    const feed = data([{ items: [a, b], nextCursor: null }]);
    const edited = { ...b, title: 'Đã sửa' };
    const next = withFeedItem(withFeedItem(feed, edited), edited);
    expect(ids(next)).toEqual([['a', 'b']]);
    expect(next.pages[0]?.items[1]?.title).toBe('Đã sửa');
  });

  it('leaves an answer older than all it has loaded to the next page', () => {
    const feed = data([{ items: [a, b], nextCursor: 'p1' }]);
    expect(ids(withFeedItem(feed, d))).toEqual([['a', 'b']]);
    const loaded = data([
      { items: [a], nextCursor: 'p1' },
      { items: [b, d], nextCursor: null },
    ]);
    expect(ids(withFeedItem(loaded, c))).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('drops a withdrawn answer from whichever page holds it, and is unchanged otherwise', () => {
    const feed = data([
      { items: [a], nextCursor: 'p1' },
      { items: [b, c], nextCursor: null },
    ]);
    expect(ids(withoutFeedItem(feed, b.id))).toEqual([['a'], ['c']]);
    expect(withoutFeedItem(feed, d.id)).toBe(feed);
  });
});
