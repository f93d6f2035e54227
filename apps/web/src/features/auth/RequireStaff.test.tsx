import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { deskQuestion, me } from '../../test/staff-fixtures.ts';

describe('a session that lapses while a page is open', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('asks to sign in again over the page, then carries on', async () => {
    const user = userEvent.setup({ delay: null });
    let signedIn = false;
    const { requests } = mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      'GET /api/auth/csrf': () => json(200, { csrfToken: 'csrf-for-sign-in' }),
      'GET /api/desk/my-questions': () =>
        signedIn
          ? json(200, { items: [deskQuestion()] })
          : problem(401, 'not_signed_in', 'Vui lòng đăng nhập để tiếp tục.'),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(200, me(['expert'], { csrfToken: 'csrf-after-sign-in' }));
      },
    });
    renderApp('/staff/my');

    const dialog = await screen.findByRole('dialog', { name: 'Phiên đăng nhập đã hết' });
    // The page stays under the dialog, and the address with it.
    expect(screen.getByRole('heading', { name: 'Câu hỏi của tôi', hidden: true })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe(
      'lan.tran@hanoi.example.vn',
    );
    expect(dialog).toBeTruthy();

    await user.type(screen.getByLabelText('Mật khẩu'), 'mat-khau-dung-roi');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Thời hạn cấp sổ đỏ lần đầu')).toBeTruthy();
    const login = requests.find((request) => request.path === '/api/auth/login');
    expect(login?.headers.get('X-CSRF-Token')).toBe('csrf-for-sign-in');
  });
});
