import { expect, test } from '@playwright/test';
import { signInAs } from './support.ts';

const LIVE_TITLE = 'Giao lưu trực tuyến về đất đai và môi trường tại Hà Nội';
const PENDING_QUESTION = 'Bồi thường khi Nhà nước thu hồi đất nông nghiệp';

test('during the live window an approved answer reaches an open public page without a reload', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/');
  await citizen.getByRole('link', { name: LIVE_TITLE }).first().click();
  const exchangeUrl = citizen.url();
  await expect(citizen.getByTestId('live-connection')).toHaveText('Đang cập nhật trực tiếp');
  await expect(citizen.getByText(PENDING_QUESTION)).toHaveCount(0);
  // A mark on the page that a reload would wipe out.
  await citizen.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  const exchangeId = exchangeUrl.split('/').at(-1) ?? '';
  const leader = await signInAs(await browser.newContext(), 'leader@hanoi.demo');
  const questionId = await leader.evaluate(
    async ({ id, title }) => {
      const response = await fetch(
        `/api/desk/exchanges/${id}/questions?q=${encodeURIComponent(title)}`,
      );
      const page = (await response.json()) as { items: Array<{ id: string }> };
      return page.items[0]?.id ?? '';
    },
    { id: exchangeId, title: PENDING_QUESTION },
  );
  expect(questionId).not.toBe('');

  // The expert takes the question, answers and sends it for review.
  const expert = await signInAs(await browser.newContext(), 'expert@hanoi.demo');
  await expert.goto(`/staff/questions/${questionId}`);
  await expert.getByTestId('claim-panel').getByRole('button', { name: 'Nhận xử lý' }).click();
  const editor = expert.getByRole('textbox', { name: 'Nội dung trả lời' });
  await editor.click();
  await editor.pressSequentially(
    'Giá đất bồi thường do Ủy ban nhân dân tỉnh quyết định theo từng dự án.',
  );
  await expect(expert.getByTestId('save-status')).toContainText('Đã lưu lúc');
  await expert.getByRole('button', { name: 'Gửi duyệt' }).click();

  // The leader approves: the exchange is live, so it is public at once.
  await leader.goto(expert.url());
  await leader.getByRole('button', { name: 'Duyệt' }).click();
  await leader.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
  const approvedAt = Date.now();

  await expect(citizen.getByText(PENDING_QUESTION)).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - approvedAt).toBeLessThan(5_000);
  await expect(
    citizen.getByText('Giá đất bồi thường do Ủy ban nhân dân tỉnh quyết định theo từng dự án.'),
  ).toBeVisible();
  expect(
    await citizen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});
