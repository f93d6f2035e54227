import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { errorOf, renderApp } from '../../test/render.tsx';
import { deskQuestion, me } from '../../test/staff-fixtures.ts';

const POST = `POST /api/desk/exchanges/${EXCHANGE_ID}/questions`;

describe('entering a question received by phone', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('checks the form, sends it with the channel and shows the tracking code', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['moderator'])),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
      [POST]: () =>
        json(
          201,
          deskQuestion({ channel: 'phone', status: 'accepted', trackingCode: 'P4HN-7WQA-2ZKD' }),
        ),
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/triage/new`);

    const channel = await screen.findByLabelText('Kênh tiếp nhận');
    expect([...(channel as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      '— Chọn kênh —',
      'Điện thoại',
      'Thư',
      'Email',
    ]);
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi' }));
    expect(errorOf(channel)).toBe('Chọn kênh tiếp nhận.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.selectOptions(channel, 'Điện thoại');
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Văn Bình');
    await user.type(screen.getByLabelText('Địa chỉ (tỉnh, xã/phường)'), 'Xã Sóc Sơn, Hà Nội');
    await user.type(screen.getByLabelText('Số điện thoại'), '0912 345 678');
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'dat-dai');
    await user.type(screen.getByLabelText('Tiêu đề'), 'Hỏi về chuyển mục đích sử dụng đất');
    await user.type(
      screen.getByLabelText('Nội dung câu hỏi'),
      'Gia đình tôi muốn chuyển đất vườn sang đất ở, cần thủ tục gì?',
    );
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi' }));

    expect((await screen.findByTestId('tracking-code')).textContent).toBe('P4HN-7WQA-2ZKD');
    const sent = requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      channel: 'phone',
      askerName: 'Lê Văn Bình',
      showName: false,
      askerKind: 'citizen',
      locality: 'Xã Sóc Sơn, Hà Nội',
      phone: '0912 345 678',
      fieldSlug: 'dat-dai',
      title: 'Hỏi về chuyển mục đích sử dụng đất',
      body: 'Gia đình tôi muốn chuyển đất vườn sang đất ở, cần thủ tục gì?',
    });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-token-from-me');
  });
});
