import { expect, test } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const site = (slug: string) => `http://${slug}.localhost:${PORT}`;

const LIVE_TITLE = 'Giao lưu trực tuyến về đất đai và môi trường tại Hà Nội';
const PUBLISHED_QUESTION = 'Thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu';

test.describe('a citizen on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('asks a question on the live exchange, fixes a mistake, and tracks it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(
      page.getByText('Sở Tài nguyên và Môi trường thành phố Hà Nội').first(),
    ).toBeVisible();

    await page.getByRole('link', { name: LIVE_TITLE }).first().click();
    await expect(page).toHaveURL(/\/exchanges\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Đang diễn ra').first()).toBeVisible();

    // The published demo Q&A, with who answered it.
    await expect(page.getByText(PUBLISHED_QUESTION)).toBeVisible();
    await expect(page.getByText(/Nguyễn Văn An/).first()).toBeVisible();

    const title = 'Hỏi về thời hạn cấp giấy chứng nhận';
    const body =
      'Tôi đã nộp hồ sơ cấp giấy chứng nhận được hai tháng, xin hỏi thời hạn giải quyết là bao lâu?';
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('Địa chỉ (tỉnh, xã/phường)').fill('Phường Cầu Giấy');
    await page.getByLabel('Email').fill('lan@');
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Nội dung câu hỏi').fill(body);
    await page
      .getByLabel('Tôi đồng ý để cơ quan sử dụng thông tin liên hệ để trả lời câu hỏi')
      .check();
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();

    // The mistake is named under its field, and nothing typed is lost.
    await expect(page.getByText('Địa chỉ email không hợp lệ.')).toBeVisible();
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(title);
    await expect(page.getByLabel('Nội dung câu hỏi')).toHaveValue(body);

    await page.getByLabel('Email').fill('lan.nguyen@example.vn');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();

    const codeText = page.getByTestId('tracking-code');
    await expect(codeText).toHaveText(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const code = (await codeText.textContent())?.trim() ?? '';

    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect(page.getByText('Đã sao chép')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // Tracking it on the department's site, typed the way a person might.
    await page.goto('/track');
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByText('Đã tiếp nhận — câu hỏi đang chờ xử lý')).toBeVisible();
    await expect(page.getByText(title)).toBeVisible();

    // The same code means nothing on another department's site.
    await page.goto(`${site('danang')}/track?code=${code}`);
    await expect(page.getByText('Không tìm thấy câu hỏi với mã này tại đơn vị này.')).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test('keeps a half-written question across a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: LIVE_TITLE }).first().click();
    await page.getByLabel('Tiêu đề').fill('Câu hỏi đang viết dở');
    await page.getByLabel('Nội dung câu hỏi').fill('Nội dung tôi chưa kịp gửi đi');
    await page.reload();
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('Câu hỏi đang viết dở');
    await expect(page.getByLabel('Nội dung câu hỏi')).toHaveValue('Nội dung tôi chưa kịp gửi đi');
  });
});

test('an ended exchange shows its answers and takes no more questions', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: 'Giao lưu trực tuyến về thủ tục hành chính tại Hà Nội' })
    .first()
    .click();
  await expect(page.getByText('Đã kết thúc').first()).toBeVisible();
  await expect(page.getByText('Tách thửa đất ở cần điều kiện gì?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi câu hỏi' })).toHaveCount(0);
});

test('an unknown department shows a Vietnamese page that leads to the ministry', async ({
  page,
}) => {
  await page.goto(`${site('atlantis')}/`);
  await expect(page.getByText('Không tìm thấy trang của đơn vị này')).toBeVisible();
  const link = page.getByRole('link', { name: /Bộ/ }).first();
  await expect(link).toHaveAttribute('href', `http://localhost:${PORT}/`);
});

test('the interface switches to English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: LIVE_TITLE }).first().click();
  await page.getByRole('button', { name: /EN/ }).first().click();
  await expect(page.getByText('Live now').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the page runs under the Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('link', { name: LIVE_TITLE }).first()).toBeVisible();
  expect(violations).toEqual([]);
});
