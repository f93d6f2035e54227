import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeSummary, OTHER_EXCHANGE_ID, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

describe('home page', () => {
  it('shows the department with its contacts and its exchanges by state', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/exchanges': () =>
        json(200, {
          items: [
            exchangeSummary({ title: 'Buổi đã qua', state: 'ended', intakeOpen: false }),
            exchangeSummary({ id: OTHER_EXCHANGE_ID, title: 'Buổi sắp tới', intakeOpen: false }),
          ],
        }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: tenant.name })).toBeTruthy();
    expect(screen.getAllByText('024 3825 1234').length).toBeGreaterThan(0);

    const upcoming = await screen.findByRole('region', { name: 'Sắp diễn ra' });
    const link = within(upcoming).getByRole('link', { name: 'Buổi sắp tới' });
    expect(link.getAttribute('href')).toBe(`/exchanges/${OTHER_EXCHANGE_ID}`);

    const ended = screen.getByRole('region', { name: 'Đã kết thúc' });
    expect(within(ended).getByRole('link', { name: 'Buổi đã qua' }).getAttribute('href')).toBe(
      `/exchanges/${EXCHANGE_ID}`,
    );
    expect(screen.queryByRole('region', { name: 'Đang diễn ra' })).toBeNull();
    expect(document.title).toBe(tenant.name);
  });

  it('switches to English and remembers the choice', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/exchanges': () => json(200, { items: [] }),
    });
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'EN' }));

    expect(await screen.findByText('There are no online exchanges yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Track a question' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('giaoluu:language')).toBe('en');
  });
});
