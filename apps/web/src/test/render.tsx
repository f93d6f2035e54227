import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/AppRoutes.tsx';
import { Providers } from '../app/Providers.tsx';

/** A fresh cache per test, with retries off so a failure shows at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
}

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = createTestQueryClient();
  const result = render(
    <Providers queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </Providers>,
  );
  return { ...result, queryClient };
}

/** The whole app, layout and routes, at one URL. */
export function renderApp(route: string) {
  return renderWithProviders(<AppRoutes />, { route });
}

/** The error text Mantine attached to an input (through aria-describedby), if any. */
export function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const texts = ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '');
  return texts.length > 0 ? texts.join(' ') : null;
}
