import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '../../test/fake-event-source.ts';
import { EXCHANGE_ID, feedItem } from '../../test/fixtures.ts';
import { mockLivePage } from '../../test/live-page.ts';
import { renderApp } from '../../test/render.tsx';

const OLD_TITLE = 'Thủ tục cấp sổ đỏ lần đầu';
const fresh = feedItem({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  title: 'Thời hạn cấp giấy chứng nhận',
  answer: { ...feedItem().answer, publishedAt: '2026-12-27T02:00:00Z' },
});
const fresher = feedItem({
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  title: 'Phí trước bạ khi tặng cho đất',
  answer: { ...feedItem().answer, publishedAt: '2026-12-27T03:00:00Z' },
});

installFakeEventSource();

async function openLivePage() {
  renderApp(`/exchanges/${EXCHANGE_ID}`);
  const feed = await screen.findByRole('region', { name: 'Câu hỏi đã được trả lời' });
  await within(feed).findAllByTestId('feed-item');
  const source = FakeEventSource.last;
  if (!source) throw new Error('the page opened no stream');
  act(() => source.open());
  return { feed, source };
}

/** The titles of the feed's cards, top to bottom. */
function feedTitles(feed: HTMLElement) {
  return within(feed)
    .queryAllByTestId('feed-item')
    .map((card) => within(card).getByRole('heading').textContent);
}

/** Puts the feed's top edge `top` pixels from the top of the screen, as scrolling would. */
function scrollFeedTo(feed: HTMLElement, top: number) {
  feed.getBoundingClientRect = () =>
    ({ top, bottom: top + 3000, left: 0, right: 375, width: 375, height: 3000 }) as DOMRect;
  fireEvent.scroll(window);
}

/** The feed shows these titles, top to bottom, once the cache's news has been rendered. */
const expectTitles = (feed: HTMLElement, titles: string[]) =>
  waitFor(() => expect(feedTitles(feed)).toEqual(titles));

describe('the feed of a live exchange', () => {
  it('puts a published answer at the top without reading the feed again', async () => {
    const page = mockLivePage();
    const { feed, source } = await openLivePage();

    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '41' }));

    await expectTitles(feed, [fresh.title, OLD_TITLE]);
    const [card] = within(feed).getAllByTestId('feed-item');
    expect(within(card as HTMLElement).getByText('bộ phận một cửa').tagName).toBe('STRONG');
    expect(within(card as HTMLElement).getByText('Đăng lúc 27/12/2026 09:00')).toBeTruthy();
    expect(page.feedReads()).toBe(1);
    expect(screen.queryByRole('button', { name: /câu trả lời mới/ })).toBeNull();
  });

  it('shows an answer replayed after a reconnect once', async () => {
    mockLivePage();
    const { feed, source } = await openLivePage();

    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '41' }));
    await expectTitles(feed, [fresh.title, OLD_TITLE]);
    act(() => source.fail());
    act(() => source.open());
    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '41' }));
    // Then something new, so that the test knows the replay has been rendered too.
    act(() => source.emit('answer.published', { data: { item: fresher }, lastEventId: '42' }));

    await expectTitles(feed, [fresher.title, fresh.title, OLD_TITLE]);
  });

  it('removes a withdrawn answer where it is', async () => {
    mockLivePage({ feed: [fresher, fresh, feedItem()] });
    const { feed, source } = await openLivePage();

    act(() => source.emit('answer.withdrawn', { data: { questionId: fresh.id } }));
    await expectTitles(feed, [fresher.title, OLD_TITLE]);

    act(() => source.emit('answer.withdrawn', { data: { questionId: fresher.id } }));
    act(() => source.emit('answer.withdrawn', { data: { questionId: feedItem().id } }));
    expect(await within(feed).findByText('Chưa có câu hỏi nào được trả lời.')).toBeTruthy();
    expect(feedTitles(feed)).toEqual([]);
  });

  it('holds new answers while the reader is down in the feed, and shows them on request', async () => {
    const user = userEvent.setup({ delay: null });
    mockLivePage();
    const { feed, source } = await openLivePage();
    const scrollIntoView = vi.fn();
    feed.scrollIntoView = scrollIntoView;
    scrollFeedTo(feed, -640);

    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '41' }));
    const indicator = await screen.findByRole('button', { name: 'Có 1 câu trả lời mới' });
    expect(indicator.closest('[aria-live="polite"]')).not.toBeNull();
    expect(feedTitles(feed)).toEqual([OLD_TITLE]);

    act(() => source.emit('answer.published', { data: { item: fresher }, lastEventId: '42' }));
    await waitFor(() => expect(indicator.textContent).toBe('Có 2 câu trả lời mới'));
    // Taken down before it was ever shown: it leaves the count too.
    act(() => source.emit('answer.withdrawn', { data: { questionId: fresh.id } }));
    await waitFor(() => expect(indicator.textContent).toBe('Có 1 câu trả lời mới'));
    expect(feedTitles(feed)).toEqual([OLD_TITLE]);

    await user.click(indicator);
    await expectTitles(feed, [fresher.title, OLD_TITLE]);
    expect(screen.queryByRole('button', { name: /câu trả lời mới/ })).toBeNull();
    expect(scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'start' }));
    expect(document.activeElement).toBe(within(feed).getByRole('heading', { level: 2 }));
  });

  it('shows new answers at once again when the reader is back at the top', async () => {
    mockLivePage();
    const { feed, source } = await openLivePage();

    scrollFeedTo(feed, -640);
    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '41' }));
    await screen.findByRole('button', { name: 'Có 1 câu trả lời mới' });
    expect(feedTitles(feed)).toEqual([OLD_TITLE]);

    scrollFeedTo(feed, 120);
    act(() => source.emit('answer.published', { data: { item: fresher }, lastEventId: '42' }));
    await expectTitles(feed, [fresher.title, fresh.title, OLD_TITLE]);
    expect(screen.queryByRole('button', { name: /câu trả lời mới/ })).toBeNull();
  });
});

describe('the counters of a live exchange', () => {
  it('follow the stream without reading the exchange again', async () => {
    const page = mockLivePage();
    const { source } = await openLivePage();
    const received = screen.getByRole('group', { name: 'Câu hỏi đã nhận' });
    const answered = screen.getByRole('group', { name: 'Câu hỏi đã trả lời' });
    expect(within(received).getByText('12')).toBeTruthy();
    expect(within(answered).getByText('3')).toBeTruthy();

    act(() => source.emit('exchange.counters', { data: { questions: 1234, answered: 56 } }));

    expect(await within(received).findByText('1.234')).toBeTruthy();
    expect(within(answered).getByText('56')).toBeTruthy();
    expect(page.detailReads()).toBe(1);
  });
});

describe('the links to the answers and the form (one column on a phone)', () => {
  it('take the reader to either section, and the answers link follows the live count', async () => {
    const user = userEvent.setup({ delay: null });
    mockLivePage();
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const { feed, source } = await openLivePage();
    const jumps = screen.getByRole('navigation', { name: 'Đi tới' });
    const toAnswers = within(jumps).getByRole('link', { name: 'Xem câu trả lời (3)' });

    await user.click(toAnswers);
    expect(scrolled.at(-1)).toBe(feed);
    expect(document.activeElement).toBe(
      within(feed).getByRole('heading', { name: 'Câu hỏi đã được trả lời' }),
    );

    const form = screen.getByRole('region', { name: 'Gửi câu hỏi' });
    await user.click(within(jumps).getByRole('link', { name: 'Đặt câu hỏi' }));
    expect(scrolled.at(-1)).toBe(form);
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Gửi câu hỏi' }));
    // Scrolled, not navigated: the address keeps no fragment to jump to again on reload.
    expect(window.location.hash).toBe('');

    act(() => source.emit('exchange.counters', { data: { questions: 20, answered: 7 } }));
    expect(await within(jumps).findByRole('link', { name: 'Xem câu trả lời (7)' })).toBeTruthy();
  });
});
