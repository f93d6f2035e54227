import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, feedItem, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

/** Just enough of EventSource to play the server's part. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, Array<() => void>>();

  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

beforeEach(() => {
  FakeEventSource.last = null;
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a live exchange page', () => {
  it('follows the exchange stream, shows the connection, and refreshes the feed on a published answer', async () => {
    let feedCalls = 0;
    const later = feedItem({
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      title: 'Câu trả lời vừa công bố',
    });
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () =>
        json(200, exchangeDetail({ state: 'live', intakeOpen: true })),
      [`GET /api/exchanges/${EXCHANGE_ID}/feed?limit=10`]: () => {
        feedCalls += 1;
        const items = feedCalls === 1 ? [feedItem()] : [later, feedItem()];
        return json(200, { items, nextCursor: null });
      },
    });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    const feed = await screen.findByRole('region', { name: 'Câu hỏi đã được trả lời' });
    await within(feed).findAllByTestId('feed-item');
    const source = FakeEventSource.last;
    expect(source?.url).toBe(`/api/exchanges/${EXCHANGE_ID}/events`);
    expect(screen.getByTestId('live-connection').textContent).toBe('Đang kết nối…');

    act(() => source?.onopen?.());
    expect(screen.getByTestId('live-connection').textContent).toBe('Đang cập nhật trực tiếp');

    act(() => source?.emit('answer.published'));
    expect(await within(feed).findByText('Câu trả lời vừa công bố')).toBeTruthy();

    act(() => source?.onerror?.());
    expect(screen.getByTestId('live-connection').textContent).toBe(
      'Mất kết nối — đang kết nối lại…',
    );
  });

  it('does not open a stream for an exchange that has ended', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () =>
        json(200, exchangeDetail({ state: 'ended', intakeOpen: false })),
      [`GET /api/exchanges/${EXCHANGE_ID}/feed?limit=10`]: () =>
        json(200, { items: [feedItem()], nextCursor: null }),
    });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    await screen.findAllByTestId('feed-item');
    expect(FakeEventSource.last).toBeNull();
    expect(screen.queryByTestId('live-connection')).toBeNull();
  });
});
