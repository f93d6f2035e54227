import type { ExchangeDetail, FeedItem, FeedPage } from '@giaoluu/contracts';
import type { InfiniteData } from '@tanstack/react-query';

export type FeedData = InfiniteData<FeedPage, string | null>;

/**
 * The feed with one more published item, in its place by release time (newest first). An item
 * already there is replaced rather than repeated: after a reconnect the server replays events
 * the page may have seen. An item older than everything loaded while more pages remain is left
 * out, because the next page (read by cursor) will bring it.
 */
export function withFeedItem(data: FeedData, item: FeedItem): FeedData {
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.filter((existing) => existing.id !== item.id),
  }));
  const releasedAt = Date.parse(item.answer.publishedAt);
  const isAfter = (existing: FeedItem) => Date.parse(existing.answer.publishedAt) <= releasedAt;

  for (const [index, page] of pages.entries()) {
    const at = page.items.findIndex(isAfter);
    const lastPage = index === pages.length - 1;
    if (at === -1 && !(lastPage && page.nextCursor === null)) continue;
    const items = [...page.items];
    items.splice(at === -1 ? items.length : at, 0, item);
    pages[index] = { ...page, items };
    return { ...data, pages };
  }
  return { ...data, pages };
}

/** The feed without the item of this question (its answer was taken down). */
export function withoutFeedItem(data: FeedData, questionId: string): FeedData {
  if (!data.pages.some((page) => page.items.some((item) => item.id === questionId))) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.filter((item) => item.id !== questionId),
    })),
  };
}

export function withCounts(detail: ExchangeDetail, counts: ExchangeDetail['counts']) {
  const same =
    detail.counts.questions === counts.questions && detail.counts.answered === counts.answered;
  return same ? detail : { ...detail, counts };
}
