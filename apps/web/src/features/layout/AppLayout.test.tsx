import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/fetch-mock.ts';
import { tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

describe('layout', () => {
  it('names the department in the header and offers the navigation', async () => {
    mockApi({ 'GET /api/tenant': () => json(200, tenant) });
    renderApp('/nowhere');

    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(nav.textContent).toContain('Trang chủ');
    expect(nav.textContent).toContain('Tra cứu câu hỏi');
    expect(screen.getAllByText(tenant.name).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeTruthy();
  });

  it('shows a clear page with a link to the ministry on an unknown subdomain', async () => {
    mockApi({
      'GET /api/tenant': () =>
        problem(404, 'tenant_not_found', 'Không có đơn vị nào tại địa chỉ này.', {
          ministryUrl: 'http://bo.localhost:3000/',
        }),
    });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy trang của đơn vị này' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đến trang của Bộ' }).getAttribute('href')).toBe(
      'http://bo.localhost:3000/',
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
