import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, setServerClock, signInAs, site } from './support.ts';

const UPCOMING_TITLE = 'Giao lưu trực tuyến về khoáng sản và biến đổi khí hậu tại Hà Nội';

async function askQuestion(
  page: Page,
  title: string,
): Promise<{ exchangeId: string; liveStartsAt: Date }> {
  await page.goto('/');
  await page.getByRole('link', { name: UPCOMING_TITLE }).first().click();
  await expect(page.getByText('Đang nhận câu hỏi').first()).toBeVisible();
  const exchangeId = page.url().split('/').at(-1) ?? '';

  await page.getByLabel('Họ và tên').fill('Đặng Văn Hùng');
  await page.getByLabel('Địa chỉ (tỉnh, xã/phường)').fill('Xã Sóc Sơn');
  await page.getByLabel('Số điện thoại').fill('0912 345 678');
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Khoáng sản' });
  await page.getByLabel('Tiêu đề').fill(title);
  await page
    .getByLabel('Nội dung câu hỏi')
    .fill('Xin hỏi thủ tục xin cấp phép khai thác cát sỏi lòng sông gồm những bước nào?');
  await page
    .getByLabel('Tôi đồng ý để cơ quan sử dụng thông tin liên hệ để trả lời câu hỏi')
    .check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();

  const liveStartsAt = await page.evaluate(async (id) => {
    const response = await fetch(`/api/exchanges/${id}`);
    return ((await response.json()) as { schedule: { liveStartsAt: string } }).schedule
      .liveStartsAt;
  }, exchangeId);
  return { exchangeId, liveStartsAt: new Date(liveStartsAt) };
}

async function openRow(page: Page, title: string) {
  await page.getByLabel('Tìm kiếm').fill(title);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Nội dung trả lời' });

test('a question goes from triage to a pre-answer released at the opening second', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Cấp phép khai thác cát sỏi ${Date.now()}`;

  const citizen = await browser.newContext();
  const publicPage = await citizen.newPage();
  const { exchangeId, liveStartsAt } = await askQuestion(publicPage, title);

  // The moderator accepts the question and assigns it to the expert.
  const moderator = await signInAs(await browser.newContext(), 'moderator@hanoi.demo');
  await moderator.goto(`/staff/exchanges/${exchangeId}/triage`);
  await openRow(moderator, title);
  await moderator.getByTestId('queue-row').getByRole('checkbox').check();
  await moderator.getByTestId('bulk-bar').getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(moderator.getByTestId('bulk-outcome')).toBeVisible();

  // Accepted, it leaves the "new" tab; the officer follows it to "all".
  await moderator.getByRole('tab', { name: /^Tất cả/ }).click();
  await expect(moderator.getByTestId('queue-row')).toHaveCount(1);
  await moderator.getByTestId('queue-row').getByRole('checkbox').check();
  await moderator.getByTestId('bulk-bar').getByRole('button', { name: 'Phân công' }).click();
  const expertPicker = moderator.getByRole('combobox', { name: 'Chuyên viên' });
  await expertPicker.fill('Trần Thị');
  await expertPicker.press('ArrowDown');
  await expertPicker.press('Enter');
  await moderator.getByRole('dialog').getByRole('button', { name: 'Phân công' }).click();
  await expect(moderator.getByTestId('queue-row')).toContainText('Trần Thị Bình');

  // The expert claims it, drafts, reloads and finds the draft, then sends it for review.
  const expert = await signInAs(await browser.newContext(), 'expert@hanoi.demo');
  await expert.goto(`/staff/exchanges/${exchangeId}/mine`);
  await expert.getByRole('link', { name: title }).click();
  await expert.getByTestId('claim-panel').getByRole('button', { name: 'Nhận xử lý' }).click();
  await editor(expert).click();
  await editor(expert).pressSequentially('Việc khai thác cát sỏi lòng sông phải có giấy phép.');
  await expect(expert.getByTestId('save-status')).toContainText('Đã lưu lúc');
  await expert.reload();
  await expect(editor(expert)).toContainText('Việc khai thác cát sỏi lòng sông phải có giấy phép.');
  await expert.getByRole('button', { name: 'Gửi duyệt' }).click();

  // The leader returns it with a comment.
  const leader = await signInAs(await browser.newContext(), 'leader@hanoi.demo');
  await leader.goto(`/staff/exchanges/${exchangeId}/review`);
  await leader.getByRole('link', { name: title }).click();
  await leader.getByRole('button', { name: 'Trả lại' }).click();
  await leader.getByLabel('Nhận xét').fill('Vui lòng nêu rõ cơ quan cấp phép.');
  await leader.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();

  // The expert sees the comment, revises and sends it again.
  await expert.reload();
  await expect(expert.getByTestId('review-comment')).toContainText(
    'Vui lòng nêu rõ cơ quan cấp phép.',
  );
  await editor(expert).click();
  await editor(expert).press('End');
  await editor(expert).pressSequentially(' Ủy ban nhân dân tỉnh cấp giấy phép.');
  await expect(expert.getByTestId('save-status')).toContainText('Đã lưu lúc');
  await expert.getByRole('button', { name: 'Gửi duyệt' }).click();

  // The leader approves: before the opening it is a pre-answer with its exact release time.
  await leader.reload();
  await leader.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(leader.getByTestId('confirm-message')).toContainText(
    'Câu trả lời sẽ được công khai lúc',
  );
  await leader.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
  await expect(leader.getByTestId('release-time')).toBeVisible();

  // The public page does not show it one second before the opening, and shows it at the opening.
  try {
    await setServerClock(publicPage, new Date(liveStartsAt.getTime() - 1000));
    await publicPage.goto(`/exchanges/${exchangeId}`);
    await expect(publicPage.getByText('Đang nhận câu hỏi').first()).toBeVisible();
    await expect(publicPage.getByText(title)).toHaveCount(0);

    await setServerClock(publicPage, liveStartsAt);
    await publicPage.reload();
    await expect(publicPage.getByText('Đang diễn ra').first()).toBeVisible();
    await expect(publicPage.getByText(title)).toBeVisible();
    await expect(publicPage.getByText('Ủy ban nhân dân tỉnh cấp giấy phép.')).toBeVisible();
    await expect(publicPage.getByText(/Nguyễn Văn An/).first()).toBeVisible();
  } finally {
    await setServerClock(publicPage, null);
  }
});

test('an officer of one department is a stranger at another department’s desk', async ({
  browser,
}) => {
  const expert = await signInAs(await browser.newContext(), 'expert@hanoi.demo');
  await expert.goto(`${site('danang')}/staff`);
  await expect(expert).toHaveURL(/danang\.localhost:\d+\/staff\/login/);

  await expert.getByLabel('Email').fill('expert@hanoi.demo');
  await expert.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await expert.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(expert.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();
});
