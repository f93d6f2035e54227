import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, feedItem, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const FEED = `GET /api/exchanges/${EXCHANGE_ID}/feed`;

describe('exchange page', () => {
  it('shows the exchange, its guests, counts and the published Q&A, page by page', async () => {
    const user = userEvent.setup({ delay: null });
    const second = feedItem({
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      title: 'Câu hỏi ở trang thứ hai',
    });
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () =>
        json(200, exchangeDetail({ state: 'live', intakeOpen: true })),
      [`${FEED}?limit=10`]: () => json(200, { items: [feedItem()], nextCursor: 'c2' }),
      [`${FEED}?limit=10&cursor=c2`]: () => json(200, { items: [second], nextCursor: null }),
    });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Giao lưu trực tuyến về cấp giấy chứng nhận quyền sử dụng đất',
    });
    expect(title).toBeTruthy();
    expect(screen.getByText('Đang diễn ra')).toBeTruthy();
    expect(screen.getByText('Nhận câu hỏi từ 20/12/2026 08:00')).toBeTruthy();
    expect(screen.getByText('Trực tuyến từ 27/12/2026 08:00 đến 27/12/2026 16:30')).toBeTruthy();
    expect(screen.getByText('Nguyễn Văn An')).toBeTruthy();
    expect(screen.getByText('Câu hỏi đã nhận')).toBeTruthy();
    expect(document.title).toContain('Giao lưu trực tuyến về cấp giấy chứng nhận');

    const feed = screen.getByRole('region', { name: 'Câu hỏi đã được trả lời' });
    const [item] = await within(feed).findAllByTestId('feed-item');
    // The question is text: its markup shows as typed and nothing is parsed as HTML.
    expect(within(item as HTMLElement).getByText(/<b>không in đậm<\/b>/)).toBeTruthy();
    expect((item as HTMLElement).querySelector('b')).toBeNull();
    // The answer is HTML sanitised by the server.
    expect(within(item as HTMLElement).getByText('bộ phận một cửa').tagName).toBe('STRONG');
    expect(
      within(item as HTMLElement).getByText(
        'Trả lời: Trần Thị Bình, Trưởng phòng — Sở NN&MT Hà Nội',
      ),
    ).toBeTruthy();
    expect(within(item as HTMLElement).getByText('Đăng lúc 27/12/2026 08:00')).toBeTruthy();

    await user.click(within(feed).getByRole('button', { name: 'Xem thêm' }));
    expect(await within(feed).findByText('Câu hỏi ở trang thứ hai')).toBeTruthy();
    expect(requests.map((r) => r.path)).toContain(
      `/api/exchanges/${EXCHANGE_ID}/feed?limit=10&cursor=c2`,
    );
    expect(within(feed).queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('says when the exchange does not exist', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () =>
        problem(404, 'exchange_not_found', 'Không tìm thấy buổi giao lưu này.'),
      [`${FEED}?limit=10`]: () => json(200, { items: [], nextCursor: null }),
    });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy buổi giao lưu' }),
    ).toBeTruthy();
    expect(screen.getByText('Không tìm thấy buổi giao lưu này.')).toBeTruthy();
    expect(document.title).toBe(`Không tìm thấy buổi giao lưu — ${tenant.name}`);
  });

  it('does not ask the server about an id that cannot exist', async () => {
    const { requests } = mockApi({ 'GET /api/tenant': () => json(200, tenant) });
    renderApp('/exchanges/not-a-uuid');

    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy buổi giao lưu' }),
    ).toBeTruthy();
    expect(requests.map((r) => r.path)).toEqual(['/api/tenant']);
  });
});
