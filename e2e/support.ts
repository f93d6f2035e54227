import { type BrowserContext, expect, type Page } from '@playwright/test';

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const site = (slug: string) => `http://${slug}.localhost:${PORT}`;
export const DEMO_PASSWORD = 'GiaoLuu@2026';

/** Signs a demo officer in through the sign-in page, in a browser context of their own. */
export async function signInAs(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/staff/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/staff\/login/);
  return page;
}

/** Moves the server's clock (TEST_CLOCK is on in the e2e server), from inside the browser. */
export async function setServerClock(page: Page, at: Date | null): Promise<void> {
  await page.evaluate(async (iso) => {
    const response = await fetch('/api/test/clock', {
      method: iso ? 'POST' : 'DELETE',
      headers: iso ? { 'content-type': 'application/json' } : {},
      body: iso ? JSON.stringify({ at: iso }) : null,
    });
    if (!response.ok) throw new Error(`clock: ${response.status}`);
  }, at?.toISOString() ?? null);
}
