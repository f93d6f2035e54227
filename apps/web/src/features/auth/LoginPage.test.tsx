import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { me, queuePage } from '../../test/staff-fixtures.ts';

const SIGN_IN_TOKEN = 'csrf-before-sign-in';

function signedOutApi(login: () => Response) {
  let signedIn = false;
  return mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () =>
      signedIn
        ? json(200, me(['moderator']))
        : problem(401, 'not_signed_in', 'Vui lòng đăng nhập.'),
    'GET /api/auth/csrf': () => json(200, { csrfToken: SIGN_IN_TOKEN }),
    'POST /api/auth/login': () => {
      const response = login();
      signedIn = response.ok;
      return response;
    },
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET /api/desk/exchanges/${EXCHANGE_ID}/questions?status=submitted&sort=newest&page=1&pageSize=25`]:
      () => json(200, queuePage([])),
    'GET /api/desk/assignees': () => json(200, { items: [] }),
  });
}

async function signIn(email: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('staff sign-in', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('sends the CSRF token and says so plainly when the password is wrong', async () => {
    const { requests } = signedOutApi(() =>
      problem(401, 'invalid_credentials', 'Email hoặc mật khẩu không đúng.'),
    );
    renderApp('/staff/login');

    await signIn('lan.tran@hanoi.example.vn', 'sai-mat-khau-roi');

    expect(await screen.findByText('Email hoặc mật khẩu không đúng.')).toBeTruthy();
    const login = requests.find((request) => request.path === '/api/auth/login');
    expect(login?.headers.get('X-CSRF-Token')).toBe(SIGN_IN_TOKEN);
    expect(login?.body).toEqual({
      email: 'lan.tran@hanoi.example.vn',
      password: 'sai-mat-khau-roi',
    });
    // What was typed stays, to be corrected rather than typed again.
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe(
      'lan.tran@hanoi.example.vn',
    );
  });

  it('checks the form before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = signedOutApi(() => json(200, me(['moderator'])));
    renderApp('/staff/login');

    await user.type(await screen.findByLabelText('Email'), 'khong-phai-email');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Địa chỉ email không hợp lệ.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the detail of a locked account', async () => {
    signedOutApi(() =>
      problem(423, 'account_locked', 'Tài khoản tạm khóa 15 phút do nhập sai nhiều lần.'),
    );
    renderApp('/staff/login');

    await signIn('lan.tran@hanoi.example.vn', 'mat-khau-bat-ky');
    expect(
      await screen.findByText('Tài khoản tạm khóa 15 phút do nhập sai nhiều lần.'),
    ).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in, then back to the page asked for', async () => {
    signedOutApi(() => json(200, me(['moderator'])));
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/triage?status=submitted`);

    expect(await screen.findByRole('heading', { name: 'Đăng nhập khu vực cán bộ' })).toBeTruthy();
    await signIn('lan.tran@hanoi.example.vn', 'mat-khau-dung-roi');

    expect(await screen.findByRole('heading', { name: 'Tiếp nhận câu hỏi' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('queue-total').textContent).toBe('Tổng cộng 0 câu hỏi'),
    );
  });
});
