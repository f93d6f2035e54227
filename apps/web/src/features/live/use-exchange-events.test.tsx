import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '../../test/fake-event-source.ts';
import { json } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, feedItem } from '../../test/fixtures.ts';
import { mockLivePage } from '../../test/live-page.ts';
import { renderApp } from '../../test/render.tsx';

const STREAM_URL = `/api/exchanges/${EXCHANGE_ID}/events`;
const fresh = feedItem({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  title: 'Câu trả lời vừa công bố',
  answer: { ...feedItem().answer, publishedAt: '2026-12-27T02:00:00Z' },
});

installFakeEventSource();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function openPage() {
  renderApp(`/exchanges/${EXCHANGE_ID}`);
  const feed = await screen.findByRole('region', { name: 'Câu hỏi đã được trả lời' });
  await within(feed).findAllByTestId('feed-item');
  const source = FakeEventSource.last;
  if (!source) throw new Error('the page opened no stream');
  return { feed, source };
}

const connection = () => screen.getByTestId('live-connection').textContent;

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('the stream of a live exchange page', () => {
  it('says whether the page is following, losing and finding the connection again', async () => {
    mockLivePage();
    const { source } = await openPage();
    expect(source.url).toBe(STREAM_URL);
    expect(connection()).toBe('Đang kết nối…');

    act(() => source.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');

    act(() => source.fail());
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');

    // The browser reconnects by itself (with Last-Event-ID): the same stream comes back.
    act(() => source.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('says at once when the device goes offline, and reconnects as soon as it is back', async () => {
    mockLivePage();
    const { source } = await openPage();
    act(() => source.open());
    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '57' }));

    setOnline(false);
    expect(connection()).toBe('Thiết bị đang mất mạng — trang sẽ tự cập nhật khi có mạng trở lại');
    // The stream is let go at once rather than left to hang on a dead network.
    expect(source.closed).toBe(true);

    setOnline(true);
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');
    // Not waiting out the browser's retry delay: a new stream, resuming after event 57.
    const again = FakeEventSource.last;
    expect(again).not.toBe(source);
    expect(source.closed).toBe(true);
    expect(again?.url).toBe(`${STREAM_URL}?lastEventId=57`);
    act(() => again?.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
  });

  it('opens the stream again, where it left off, after the server refused it', async () => {
    mockLivePage();
    const { feed, source } = await openPage();
    act(() => source.open());
    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '57' }));
    await within(feed).findByText(fresh.title);

    vi.useFakeTimers();
    // A proxy's 502 during a restart: EventSource gives up for good.
    act(() => source.fail(2));
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => vi.advanceTimersByTime(2_000));
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.last?.url).toBe(`${STREAM_URL}?lastEventId=57`);
    act(() => FakeEventSource.last?.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
  });

  it('reads the feed again for an event it cannot read, such as an older server’s', async () => {
    let feedCalls = 0;
    const page = mockLivePage({
      feedReply: () => {
        feedCalls += 1;
        const items = feedCalls === 1 ? [feedItem()] : [fresh, feedItem()];
        return json(200, { items, nextCursor: null });
      },
    });
    const { feed, source } = await openPage();
    act(() => source.open());

    act(() =>
      source.emit('answer.published', {
        data: { questionId: fresh.id, publishAt: '2026-12-27T02:00:00Z' },
      }),
    );

    expect(await within(feed).findByText(fresh.title)).toBeTruthy();
    expect(page.feedReads()).toBe(2);
  });

  it('joins the stream once the feed is read, from the event the feed already shows', async () => {
    let reply: (response: Response) => void = () => {};
    mockLivePage({ feedReply: () => new Promise<Response>((resolve) => (reply = resolve)) });
    renderApp(`/exchanges/${EXCHANGE_ID}`);
    const feed = await screen.findByRole('region', { name: 'Câu hỏi đã được trả lời' });
    // No stream while the feed is on its way: what is published meanwhile comes by replay.
    expect(FakeEventSource.instances).toHaveLength(0);

    reply(json(200, { items: [feedItem()], nextCursor: null, liveEventId: '41' }));
    await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
    const source = FakeEventSource.last as FakeEventSource;
    expect(source.url).toBe(`${STREAM_URL}?lastEventId=41`);

    // The server replays what came after event 41: the answer published in between.
    act(() => source.emit('answer.published', { data: { item: fresh }, lastEventId: '42' }));
    expect(await within(feed).findByText(fresh.title)).toBeTruthy();
    expect(within(feed).getAllByTestId('feed-item')).toHaveLength(2);
  });

  it('switches to "Đã kết thúc" when the exchange ends, closes the stream and the form, and keeps the unsent question', async () => {
    const user = userEvent.setup({ delay: null });
    const page = mockLivePage({
      details: [
        exchangeDetail({ state: 'live', intakeOpen: true }),
        exchangeDetail({ state: 'ended', intakeOpen: false }),
      ],
    });
    const { source } = await openPage();
    act(() => source.open());
    expect(screen.getByText('Đang diễn ra')).toBeTruthy();
    await user.type(screen.getByLabelText('Tiêu đề'), 'Hỏi về thời hạn cấp sổ');
    await user.type(screen.getByLabelText('Nội dung câu hỏi'), 'Tôi nộp hồ sơ đã hai tháng.');

    act(() => source.emit('exchange.changed', { data: { reason: 'ended' } }));

    expect(await screen.findByText('Đã kết thúc')).toBeTruthy();
    expect(screen.queryByText('Đang diễn ra')).toBeNull();
    expect(page.detailReads()).toBe(2);
    expect(source.closed).toBe(true);
    expect(screen.queryByTestId('live-connection')).toBeNull();

    const section = screen.getByRole('region', { name: 'Gửi câu hỏi' });
    expect(
      within(section).getByText('Buổi giao lưu đã kết thúc và không nhận thêm câu hỏi.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Tiêu đề')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gửi câu hỏi' })).toBeNull();
    const unsent = within(section).getByLabelText<HTMLTextAreaElement>(
      'Câu hỏi bạn đang soạn (chưa gửi)',
    );
    expect(unsent.value).toBe('Hỏi về thời hạn cấp sổ\n\nTôi nộp hồ sơ đã hai tháng.');
  });

  it('shows "Đang diễn ra" and opens the form when the live window opens', async () => {
    mockLivePage({
      details: [
        exchangeDetail({ state: 'announced', intakeOpen: false }),
        exchangeDetail({ state: 'live', intakeOpen: true }),
      ],
    });
    const { source } = await openPage();
    expect(screen.queryByLabelText('Tiêu đề')).toBeNull();

    act(() => source.emit('exchange.changed', { data: { reason: 'started' } }));

    expect(await screen.findByText('Đang diễn ra')).toBeTruthy();
    expect(screen.getByLabelText('Tiêu đề')).toBeTruthy();
    expect(source.closed).toBe(false);
  });

  it('does not open a stream for an exchange that has ended', async () => {
    mockLivePage({ details: [exchangeDetail({ state: 'ended', intakeOpen: false })] });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    await screen.findAllByTestId('feed-item');
    expect(FakeEventSource.last).toBeNull();
    expect(screen.queryByTestId('live-connection')).toBeNull();
  });
});
