import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInAs, site } from './support.ts';

test('an admin creates and announces an exchange, and the public sees it', async ({ browser }) => {
  const title = `Giao lưu về quy hoạch sử dụng đất ${Date.now()}`;
  const admin = await signInAs(await browser.newContext(), 'admin@hanoi.demo');

  await admin.goto('/staff/admin/exchanges');
  await admin.getByRole('link', { name: 'Tạo buổi giao lưu' }).click();
  await admin.getByLabel('Tiêu đề').fill(title);
  await admin.getByLabel('Mô tả').fill('Lãnh đạo Sở trả lời về quy hoạch, kế hoạch sử dụng đất.');
  const fields = admin.getByRole('combobox', { name: 'Lĩnh vực' });
  await fields.fill('Đất đai');
  await fields.press('ArrowDown');
  await fields.press('Enter');
  await fields.press('Escape');

  // The end before the start is named on its field, and nothing typed is lost.
  await admin.getByLabel('Ngày mở nhận câu hỏi').fill('01/06/2027');
  await admin.getByLabel('Giờ mở nhận câu hỏi').fill('08:00');
  await admin.getByLabel('Ngày bắt đầu trực tuyến').fill('10/06/2027');
  await admin.getByLabel('Giờ bắt đầu trực tuyến').fill('08:00');
  await admin.getByLabel('Ngày kết thúc').fill('10/06/2027');
  await admin.getByLabel('Giờ kết thúc').fill('07:00');
  await admin.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByText('Thời điểm kết thúc phải sau thời điểm bắt đầu.')).toBeVisible();
  await expect(admin.getByLabel('Tiêu đề')).toHaveValue(title);

  await admin.getByLabel('Giờ kết thúc').fill('16:30');
  await admin.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByRole('button', { name: 'Công bố' })).toBeVisible();

  // A draft is not public; announced, it is, with its schedule in Vietnam time.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(site('hanoi'));
  await expect(visitor.getByText('Sắp diễn ra').first()).toBeVisible();
  await expect(visitor.getByRole('link', { name: title })).toHaveCount(0);

  await admin.getByRole('button', { name: 'Công bố' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Công bố' }).click();
  await expect(admin.getByText(/Công bố lúc/)).toBeVisible();

  await visitor.reload();
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByText(/10\/06\/2027 08:00/).first()).toBeVisible();
});

test('an admin adds an officer, who can then sign in with the roles given', async ({ browser }) => {
  const email = `chuyenvien.${Date.now()}@hanoi.demo`;
  const admin = await signInAs(await browser.newContext(), 'admin@hanoi.demo');

  await admin.goto('/staff/admin/staff');
  await admin.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Họ và tên').fill('Phan Thị Mai');
  await dialog.getByLabel('Chức vụ').fill('Chuyên viên Phòng Đất đai');
  await dialog.getByLabel('Chuyên viên').check();
  await dialog.getByLabel('Mật khẩu ban đầu').fill('mat-khau-ban-dau-2027');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByRole('cell', { name: email })).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await officer.goto(`${site('hanoi')}/staff/login`);
  await officer.getByLabel('Email').fill(email);
  await officer.getByLabel('Mật khẩu').fill('mat-khau-ban-dau-2027');
  await officer.getByRole('button', { name: 'Đăng nhập' }).click();
  const nav = officer.getByRole('navigation', { name: 'Điều hướng khu vực cán bộ' });
  await expect(nav.getByRole('link', { name: 'Câu hỏi của tôi' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Tài khoản' })).toHaveCount(0);

  // The demo password of another account does not open this one.
  await officer.getByRole('button', { name: 'Đăng xuất' }).click();
  await officer.getByLabel('Email').fill(email);
  await officer.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await officer.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(officer.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();
});
