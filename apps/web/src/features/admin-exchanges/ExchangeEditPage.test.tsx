import type { AdminExchange } from '@giaoluu/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { me } from '../../test/staff-fixtures.ts';

function created(body: RecordedRequest['body']): AdminExchange {
  const input = body as {
    title: string;
    intakeOpensAt: string;
    liveStartsAt: string;
    liveEndsAt: string;
  };
  return {
    id: EXCHANGE_ID,
    title: input.title,
    description: '',
    status: 'draft',
    state: 'draft',
    rehearsal: false,
    schedule: {
      intakeOpensAt: new Date(input.intakeOpensAt).toISOString(),
      liveStartsAt: new Date(input.liveStartsAt).toISOString(),
      liveEndsAt: new Date(input.liveEndsAt).toISOString(),
    },
    fields: [{ slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' }],
    guests: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }],
    counts: { questions: 0, answered: 0 },
    announcedAt: null,
    cancelledAt: null,
    cancelReason: null,
  };
}

describe('creating an exchange', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('sends the times typed on the Vietnam clock as +07:00, whatever the machine zone', async () => {
    const user = userEvent.setup({ delay: null });
    let exchange: AdminExchange | null = null;
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['admin'])),
      'POST /api/admin/exchanges': (request) => {
        exchange = created(request.body);
        return json(201, exchange);
      },
      [`GET /api/admin/exchanges/${EXCHANGE_ID}`]: () => json(200, exchange),
    });
    renderApp('/staff/admin/exchanges/new');

    await user.type(await screen.findByLabelText('Tiêu đề'), 'Giao lưu trực tuyến về đất đai');
    await user.click(screen.getByRole('combobox', { name: 'Lĩnh vực' }));
    await user.click(await screen.findByRole('option', { name: 'Đất đai' }));
    await user.type(screen.getByLabelText('Ngày mở nhận câu hỏi'), '20/12/2026');
    await user.type(screen.getByLabelText('Ngày bắt đầu trực tuyến'), '27/12/2026');
    await user.tab();
    // The end day follows the start day, to be changed only when it differs.
    expect(screen.getByLabelText<HTMLInputElement>('Ngày kết thúc').value).toBe('27/12/2026');
    await user.click(screen.getByRole('button', { name: 'Thêm khách mời' }));
    await user.type(screen.getByLabelText('Họ tên khách mời 1'), 'Nguyễn Văn An');
    await user.type(screen.getByLabelText('Chức vụ khách mời 1'), 'Phó Giám đốc Sở');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText(/^Đã lưu lúc/)).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      title: 'Giao lưu trực tuyến về đất đai',
      description: '',
      fieldSlugs: ['dat-dai'],
      guests: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở' }],
      intakeOpensAt: '2026-12-20T08:00:00+07:00',
      liveStartsAt: '2026-12-27T08:00:00+07:00',
      liveEndsAt: '2026-12-27T16:30:00+07:00',
    });
    // Now on the exchange's own page, read back on the Vietnam clock.
    const status = await screen.findByText('Bản nháp');
    expect(status).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Giờ bắt đầu trực tuyến').value).toBe('08:00');
    expect(within(document.body).getByRole('button', { name: 'Công bố' })).toBeTruthy();
  });
});
