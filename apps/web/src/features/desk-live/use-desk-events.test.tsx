import type { QueueItem } from '@giaoluu/contracts';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '../../test/fake-event-source.ts';
import { json, mockApi, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { me, queueItem, queuePage } from '../../test/staff-fixtures.ts';

const STREAM = `/api/desk/exchanges/${EXCHANGE_ID}/events`;
const QUEUE_PATH = `/api/desk/exchanges/${EXCHANGE_ID}/questions?status=submitted&sort=newest&page=1&pageSize=25`;
const EXCHANGE_PATH = `/api/exchanges/${EXCHANGE_ID}`;
const first = queueItem();

/** The n-th question to arrive during a test, with an id the contracts accept. */
function arrival(n: number): QueueItem {
  return queueItem({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    trackingCode: `NEW0-0000-${String(n).padStart(4, '0')}`,
    title: `Câu hỏi vừa gửi số ${n}`,
  });
}

function createdEvent(item: QueueItem) {
  return { id: item.id, title: item.title, status: 'submitted' };
}

/** A moderator's triage page whose queue holds whatever `server.items` holds at each read. */
function triageDesk() {
  const server = { items: [first], exchange: exchangeDetail() };
  const api = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['moderator'])),
    [`GET ${EXCHANGE_PATH}`]: () => json(200, server.exchange),
    [`GET ${QUEUE_PATH}`]: () => json(200, queuePage(server.items.slice(0, 25))),
    'GET /api/desk/assignees': () => json(200, { items: [] }),
  });
  renderApp(`/staff/exchanges/${EXCHANGE_ID}/triage`);
  return { server, ...api };
}

const reads = (requests: RecordedRequest[], path: string) =>
  requests.filter((r) => r.method === 'GET' && r.path === path).length;

async function openedStream(): Promise<FakeEventSource> {
  await screen.findAllByTestId('queue-row');
  const source = FakeEventSource.last;
  if (!source) throw new Error('The desk opened no stream');
  return source;
}

const connection = () => screen.getByTestId('desk-connection').textContent;

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('the live desk', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  installFakeEventSource();
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows a question that arrives on the stream in the triage queue and its count, without a reload', async () => {
    const { server } = triageDesk();
    const source = await openedStream();
    expect(source.url).toBe(STREAM);
    expect(connection()).toBe('Đang kết nối…');

    act(() => source.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
    expect(screen.getByRole('tab', { name: /Mới gửi/ }).textContent).toContain('1');

    const arrived = arrival(1);
    server.items = [arrived, first];
    act(() => source.emit('question.created', { data: createdEvent(arrived) }));

    expect(await screen.findByText('Câu hỏi vừa gửi số 1')).toBeTruthy();
    expect(screen.getAllByTestId('queue-row')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: /Mới gửi/ }).textContent).toContain('2');
  });

  it('reads the exchange again, not the queue, when the exchange itself changes', async () => {
    const { server, requests } = triageDesk();
    const source = await openedStream();
    act(() => source.open());
    const scope = screen.getByTestId('exchange-scope');
    expect(scope.textContent).not.toContain('Đang diễn ra');
    const queueReads = reads(requests, QUEUE_PATH);

    server.exchange = exchangeDetail({ state: 'live' });
    act(() => source.emit('exchange.changed', { data: { reason: 'started' } }));

    await waitFor(() => expect(scope.textContent).toContain('Đang diễn ra'));
    expect(reads(requests, QUEUE_PATH)).toBe(queueReads);
  });

  it('refetches the queue a bounded number of times during a burst of 100 new questions, and still shows the last one within a second', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { server, requests } = triageDesk();
    const source = await openedStream();
    act(() => source.open());
    const before = reads(requests, QUEUE_PATH);

    // 100 questions over two seconds: 50 a second, one every 20 ms.
    for (let n = 1; n <= 100; n += 1) {
      const arrived = arrival(n);
      server.items = [arrived, ...server.items];
      act(() => source.emit('question.created', { data: createdEvent(arrived) }));
      await act(() => vi.advanceTimersByTimeAsync(20));
    }
    await act(() => vi.advanceTimersByTimeAsync(1000));

    expect(screen.getByText('Câu hỏi vừa gửi số 100')).toBeTruthy();
    const refetches = reads(requests, QUEUE_PATH) - before;
    // One at the first event, then at most one per 500 ms window over the 2 s, and a last
    // one after the burst: never one per event.
    expect(refetches).toBeLessThanOrEqual(6);
    // …and the queue kept moving during the burst, not only at its end.
    expect(refetches).toBeGreaterThanOrEqual(4);
  });

  it('says it is reconnecting when the connection drops, and reopens a stream the browser gave up on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { server } = triageDesk();
    const source = await openedStream();
    act(() => source.open());
    act(() => source.emit('question.created', { data: createdEvent(first), lastEventId: '41' }));

    act(() => source.fail());
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');
    // The browser retries this one by itself: no second stream.
    expect(FakeEventSource.instances).toHaveLength(1);

    // A proxy's error page: the browser stops for good.
    act(() => source.fail(2));
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');
    // Not at once: thousands of desks turned away by the same restart come back spread out.
    expect(FakeEventSource.instances).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    const reopened = FakeEventSource.last;
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(source.closed).toBe(true);
    expect(reopened?.url).toBe(`${STREAM}?lastEventId=41`);

    // What arrived while the stream was down shows once it is back.
    server.items = [arrival(7), first];
    act(() => reopened?.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
    expect(await screen.findByText('Câu hỏi vừa gửi số 7')).toBeTruthy();
  });

  it('says when the device is offline, and follows again as soon as the network is back', async () => {
    const { server } = triageDesk();
    const source = await openedStream();
    act(() => source.open());
    act(() => source.emit('question.created', { data: createdEvent(first), lastEventId: '12' }));

    setOnline(false);
    expect(connection()).toBe('Thiết bị mất mạng — sẽ tự cập nhật khi có mạng');
    act(() => source.fail());

    server.items = [arrival(3), first];
    setOnline(true);
    // Not waiting for the browser's own retry: a new stream at once, resuming after event 12.
    const again = FakeEventSource.last;
    expect(again).not.toBe(source);
    expect(source.closed).toBe(true);
    expect(again?.url).toBe(`${STREAM}?lastEventId=12`);
    expect(connection()).toBe('Mất kết nối — đang kết nối lại…');

    act(() => again?.open());
    expect(connection()).toBe('Đang cập nhật trực tiếp');
    // What arrived meanwhile is read again, though no event said so.
    expect(await screen.findByText('Câu hỏi vừa gửi số 3')).toBeTruthy();
  });

  it('puts an answer sent for review on the leader’s review list as it is sent', async () => {
    const reviewPath = `/api/desk/exchanges/${EXCHANGE_ID}/questions?status=in_review&sort=oldest&page=1&pageSize=100`;
    const server = { items: [] as QueueItem[] };
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['leader'])),
      [`GET ${EXCHANGE_PATH}`]: () => json(200, exchangeDetail()),
      [`GET ${reviewPath}`]: () => json(200, queuePage(server.items)),
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/review`);
    expect(await screen.findByText('0 câu trả lời đang chờ duyệt')).toBeTruthy();
    const source = FakeEventSource.last as FakeEventSource;
    act(() => source.open());

    server.items = [queueItem({ status: 'in_review', title: 'Hồ sơ chuyển mục đích sử dụng đất' })];
    act(() => source.emit('answer.submitted', { data: { questionId: first.id } }));

    expect(await screen.findByText('Hồ sơ chuyển mục đích sử dụng đất')).toBeTruthy();
    expect(screen.getByText('1 câu trả lời đang chờ duyệt')).toBeTruthy();
  });

  it('opens no stream on a page that is not a desk page', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['moderator'])),
    });
    window.localStorage.setItem('giaoluu:staff-exchange', EXCHANGE_ID);
    renderApp('/staff/password');
    await screen.findByRole('heading', { name: 'Đổi mật khẩu' });
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(screen.queryByTestId('desk-connection')).toBeNull();
  });
});
