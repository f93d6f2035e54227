import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInAs } from './support.ts';

const LIVE_TITLE = 'Giao lưu trực tuyến về đất đai và môi trường tại Hà Nội';
// The figure: what one side does reaches the other within two seconds.
const WITHIN = 2_000;

/** A citizen on a phone, on the live exchange's page. */
async function openLivePage(browser: Browser): Promise<{ page: Page; exchangeId: string }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: LIVE_TITLE }).first().click();
  await expect(page.getByTestId('live-connection')).toHaveText('Đang cập nhật trực tiếp');
  // A mark on the page that a reload would wipe out.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  return { page, exchangeId: page.url().split('/').at(-1) ?? '' };
}

async function askQuestion(page: Page, title: string): Promise<void> {
  const another = page.getByRole('button', { name: 'Gửi câu hỏi khác' });
  if (await another.isVisible()) await another.click();
  await page.getByLabel('Họ và tên').fill('Vũ Thị Mai');
  await page.getByLabel('Địa chỉ (tỉnh, xã/phường)').fill('Phường Long Biên');
  await page.getByLabel('Số điện thoại').fill('0987 654 321');
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
  await page.getByLabel('Tiêu đề').fill(title);
  await page
    .getByLabel('Nội dung câu hỏi')
    .fill('Gia đình tôi muốn biết hồ sơ cần những giấy tờ gì và nộp ở đâu?');
  await page
    .getByLabel('Tôi đồng ý để cơ quan sử dụng thông tin liên hệ để trả lời câu hỏi')
    .check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);

const row = (page: Page, title: string) => page.getByTestId('queue-row').filter({ hasText: title });

/** The expert answers a question from their list and sends it with the keyboard. */
async function answerAndSend(expert: Page, exchangeId: string, title: string, text: string) {
  await expert.goto(`/staff/exchanges/${exchangeId}/mine`);
  await expert.getByRole('link', { name: title }).click();
  await expert.getByTestId('claim-panel').getByRole('button', { name: 'Nhận xử lý' }).click();
  const editor = expert.getByRole('textbox', { name: 'Nội dung trả lời' });
  await editor.click();
  await editor.pressSequentially(text);
  await expect(expert.getByTestId('save-status')).toContainText('Đã lưu lúc');
  await expert.keyboard.press('ControlOrMeta+Enter');
  await expect(expert.getByTestId('claim-panel')).toHaveCount(0);
}

/** The leader, on the review list, opens a question that arrived there and approves it by key. */
async function approveFromReviewList(leader: Page, title: string) {
  await leader.getByRole('link', { name: title }).click();
  await expect(leader.getByTestId('review-panel')).toBeVisible();
  await leader.keyboard.press('a');
  await leader.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
  await expect(leader.getByRole('dialog')).toHaveCount(0);
}

test('live day: questions reach the desk and answers reach the citizen within 2 s, through an outage', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString().slice(-6);
  const first = `Gia hạn quyền sử dụng đất nông nghiệp ${stamp}`;
  const second = `Cấp lại giấy chứng nhận bị mất ${stamp}`;
  const { page: citizen, exchangeId } = await openLivePage(browser);

  // The desk, each officer on the page they work from, none of them reloading.
  const moderator = await signInAs(await browser.newContext(), 'moderator@hanoi.demo');
  await moderator.goto(`/staff/exchanges/${exchangeId}/triage`);
  const expert = await signInAs(await browser.newContext(), 'expert@hanoi.demo');
  const leader = await signInAs(await browser.newContext(), 'leader@hanoi.demo');
  await leader.goto(`/staff/exchanges/${exchangeId}/review`);
  for (const officer of [moderator, leader]) {
    await expect(officer.getByTestId('desk-connection')).toHaveText('Đang cập nhật trực tiếp');
  }

  // The citizen asks twice; each question is on the triage desk within two seconds.
  for (const title of [first, second]) {
    await askQuestion(citizen, title);
    await expect(row(moderator, title)).toBeVisible({ timeout: WITHIN });
  }

  // The moderator accepts both and gives them to the expert.
  for (const title of [first, second]) {
    await row(moderator, title).getByRole('checkbox').check();
  }
  await moderator.getByTestId('bulk-bar').getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(moderator.getByTestId('bulk-outcome')).toBeVisible();
  await moderator.getByRole('tab', { name: /^Tất cả/ }).click();
  for (const title of [first, second]) {
    await row(moderator, title).getByRole('checkbox').check();
  }
  await moderator.getByTestId('bulk-bar').getByRole('button', { name: 'Phân công' }).click();
  const expertPicker = moderator.getByRole('combobox', { name: 'Chuyên viên' });
  await expertPicker.fill('Trần Thị');
  await expertPicker.press('ArrowDown');
  await expertPicker.press('Enter');
  await moderator.getByRole('dialog').getByRole('button', { name: 'Phân công' }).click();
  await expect(row(moderator, first)).toContainText('Trần Thị Bình');

  // The first answer: sent by the expert, it appears on the leader's list by itself; approved
  // there, it is on the citizen's page within two seconds.
  await answerAndSend(expert, exchangeId, first, 'Hộ gia đình được gia hạn khi hết thời hạn.');
  await expect(leader.getByRole('link', { name: first })).toBeVisible({ timeout: WITHIN });
  await citizen.evaluate(() => window.scrollTo(0, 0));
  await approveFromReviewList(leader, first);
  await expect(citizen.getByText(first)).toBeVisible({ timeout: WITHIN });
  await expect(citizen.getByText('Hộ gia đình được gia hạn khi hết thời hạn.')).toBeVisible();

  // The citizen's phone loses the network; the page says so.
  await citizen.context().setOffline(true);
  await expect(citizen.getByTestId('live-connection')).toHaveText(
    'Thiết bị đang mất mạng — trang sẽ tự cập nhật khi có mạng trở lại',
  );

  // Meanwhile the second answer is sent and approved.
  await leader.goto(`/staff/exchanges/${exchangeId}/review`);
  await answerAndSend(expert, exchangeId, second, 'Người dân nộp hồ sơ tại bộ phận một cửa.');
  await expect(leader.getByRole('link', { name: second })).toBeVisible({ timeout: WITHIN });
  await approveFromReviewList(leader, second);
  await leader.goto(`/staff/exchanges/${exchangeId}/review`);
  await expect(citizen.getByText(second)).toHaveCount(0);

  // Back online: the page catches up on its own, with nothing lost and no reload.
  await citizen.context().setOffline(false);
  await expect(citizen.getByTestId('live-connection')).toHaveText('Đang cập nhật trực tiếp');
  await expect(citizen.getByText(second)).toBeVisible({ timeout: WITHIN });
  await expect(citizen.getByText('Người dân nộp hồ sơ tại bộ phận một cửa.')).toBeVisible();
  await expect(citizen.getByText(first)).toBeVisible();
  expect(await notReloaded(citizen)).toBe(true);

  // On the phone the answers come after the form; the link under the counts goes straight there.
  await citizen.evaluate(() => window.scrollTo(0, 0));
  await expect(citizen.getByText(second)).not.toBeInViewport();
  await citizen.getByRole('link', { name: /^Xem câu trả lời \(\d+\)$/ }).click();
  await expect(citizen.getByText(second)).toBeInViewport();
});
