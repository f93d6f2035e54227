import type { StaffRole } from '@giaoluu/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi } from '../../test/fetch-mock.ts';
import { tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { me } from '../../test/staff-fixtures.ts';

const ALL = [
  'Tiếp nhận câu hỏi',
  'Câu hỏi của tôi',
  'Duyệt câu trả lời',
  'Buổi giao lưu',
  'Tài khoản',
  'Nhật ký',
  'Đổi mật khẩu',
];

async function navFor(roles: StaffRole[]) {
  mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(roles)),
  });
  renderApp('/staff/password');
  const nav = await screen.findByRole('navigation', { name: 'Điều hướng khu vực cán bộ' });
  const links = within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
  return { nav, links };
}

describe('staff navigation', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('offers an expert only the pages an expert can use', async () => {
    const { nav, links } = await navFor(['expert']);
    expect(links).toEqual(['Câu hỏi của tôi', 'Đổi mật khẩu']);
    expect(within(nav).getByRole('button', { name: 'Đăng xuất' })).toBeTruthy();
  });

  it('offers a moderator the intake, not the review or the administration', async () => {
    const { links } = await navFor(['moderator']);
    expect(links).toEqual(['Tiếp nhận câu hỏi', 'Đổi mật khẩu']);
  });

  it('offers a leader the review, their own questions and a view of the intake', async () => {
    const { links } = await navFor(['leader']);
    expect(links).toEqual([
      'Tiếp nhận câu hỏi',
      'Câu hỏi của tôi',
      'Duyệt câu trả lời',
      'Đổi mật khẩu',
    ]);
  });

  it('offers an admin the administration pages', async () => {
    const { links } = await navFor(['admin']);
    expect(links).toEqual([
      'Tiếp nhận câu hỏi',
      'Buổi giao lưu',
      'Tài khoản',
      'Nhật ký',
      'Đổi mật khẩu',
    ]);
  });

  it('offers every page to a person holding every department role', async () => {
    const { links } = await navFor(['admin', 'moderator', 'expert', 'leader']);
    expect(links).toEqual(ALL);
  });

  it('says a page is not for this role when reached by its address', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
    });
    renderApp('/staff/admin/audit');
    expect(
      await screen.findByText('Tài khoản của bạn không có quyền sử dụng trang này.'),
    ).toBeTruthy();
  });

  it('sends an expert from /staff to their questions', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      'GET /api/desk/my-questions': () => json(200, { items: [] }),
    });
    renderApp('/staff');
    expect(await screen.findByRole('heading', { name: 'Câu hỏi của tôi' })).toBeTruthy();
    expect(await screen.findByText('Bạn chưa có câu hỏi nào.')).toBeTruthy();
  });

  it('signs out and returns to the sign-in page', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    renderApp('/staff/password');
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { name: 'Đăng nhập khu vực cán bộ' })).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-from-me',
    );
    expect(screen.queryByText('Phiên đăng nhập đã hết')).toBeNull();
  });
});
