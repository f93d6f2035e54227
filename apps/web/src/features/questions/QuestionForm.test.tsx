import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../app/i18n.ts';
import { json, mockApi, problem, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { errorOf, renderApp } from '../../test/render.tsx';
import { draftStorageKey } from './question-draft.ts';

const POST_QUESTION = `POST /api/exchanges/${EXCHANGE_ID}/questions`;
const CONSENT = 'Tôi đồng ý để cơ quan sử dụng thông tin liên hệ để trả lời câu hỏi';
const TITLE = 'Thời hạn cấp sổ đỏ lần đầu';
const BODY = 'Tôi nộp hồ sơ đã hai tháng.\nKhi nào có kết quả?';

const receipt = {
  id: '5c4b3a29-1807-4f6e-9d5c-4b3a29180706',
  trackingCode: 'K7QM-4XPR-9HDT',
  exchangeId: EXCHANGE_ID,
  submittedAt: '2026-12-21T03:00:00Z',
};

function mockExchange(post: (request: RecordedRequest) => Response | Promise<Response>) {
  return mockApi({
    'GET /api/tenant': () => json(200, tenant),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET /api/exchanges/${EXCHANGE_ID}/feed?limit=10`]: () =>
      json(200, { items: [], nextCursor: null }),
    [POST_QUESTION]: post,
  });
}

async function openForm() {
  renderApp(`/exchanges/${EXCHANGE_ID}`);
  return screen.findByLabelText('Họ và tên');
}

async function fillValidForm(user: UserEvent) {
  await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
  await user.type(screen.getByLabelText('Địa chỉ (tỉnh, xã/phường)'), 'Phường Láng, Hà Nội');
  await user.type(screen.getByLabelText('Email'), 'hoa@example.vn');
  await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'dat-dai');
  await user.type(screen.getByLabelText('Tiêu đề'), TITLE);
  await user.type(screen.getByLabelText('Nội dung câu hỏi'), BODY);
  await user.click(screen.getByLabelText(CONSENT));
}

const submitButton = () => screen.getByRole('button', { name: 'Gửi câu hỏi' });
const posts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST');

describe('question form', () => {
  it('shows the schema errors under their fields, keeps what was typed and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockExchange(() => json(201, receipt));
    const name = await openForm();

    await user.type(screen.getByLabelText('Email'), 'hoa-at-example');
    await user.type(screen.getByLabelText('Tiêu đề'), TITLE);
    await user.type(screen.getByLabelText('Nội dung câu hỏi'), BODY);
    await user.click(submitButton());

    expect(errorOf(name)).toBe('Vui lòng nhập họ và tên.');
    expect(errorOf(screen.getByLabelText('Email'))).toBe('Địa chỉ email không hợp lệ.');
    expect(screen.getByLabelText<HTMLInputElement>('Tiêu đề').value).toBe(TITLE);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Nội dung câu hỏi').value).toBe(BODY);
    expect(document.activeElement).toBe(name);
    expect(posts(requests)).toHaveLength(0);
  });

  it('asks a business for its name', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockExchange(() => json(201, receipt));
    await openForm();
    await fillValidForm(user);

    await user.click(screen.getByLabelText('Doanh nghiệp'));
    await user.click(submitButton());

    const organisation = screen.getByLabelText('Tên doanh nghiệp / tổ chức');
    expect(errorOf(organisation)).toBe('Doanh nghiệp vui lòng nhập tên doanh nghiệp.');
    expect(document.activeElement).toBe(organisation);
    expect(posts(requests)).toHaveLength(0);
  });

  it('shows a 422 field error from the server under that field', async () => {
    const user = userEvent.setup({ delay: null });
    mockExchange(() =>
      problem(422, 'validation_failed', 'Thông tin gửi lên chưa hợp lệ.', {
        errors: [{ field: 'locality', code: 'invalid', message: 'Địa chỉ không thuộc Hà Nội.' }],
      }),
    );
    await openForm();
    await fillValidForm(user);
    await user.click(submitButton());

    const locality = screen.getByLabelText('Địa chỉ (tỉnh, xã/phường)');
    await waitFor(() => expect(errorOf(locality)).toBe('Địa chỉ không thuộc Hà Nội.'));
    expect(screen.getByText('Thông tin gửi lên chưa hợp lệ.')).toBeTruthy();
    expect(document.activeElement).toBe(locality);
    expect(screen.getByLabelText<HTMLInputElement>('Tiêu đề').value).toBe(TITLE);
  });

  it('shows the server detail of a 429', async () => {
    const user = userEvent.setup({ delay: null });
    mockExchange(() =>
      problem(429, 'rate_limited', 'Bạn gửi quá nhiều câu hỏi, thử lại sau 10 phút.'),
    );
    await openForm();
    await fillValidForm(user);
    await user.click(submitButton());

    expect(await screen.findByText('Bạn gửi quá nhiều câu hỏi, thử lại sau 10 phút.')).toBeTruthy();
  });

  it('sends the validated question, disables the button meanwhile and shows the tracking code', async () => {
    const user = userEvent.setup({ delay: null });
    let reply: (response: Response) => void = () => {};
    const { requests } = mockExchange(() => new Promise<Response>((resolve) => (reply = resolve)));
    await openForm();
    await fillValidForm(user);
    await user.click(submitButton());

    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(true));
    const [sent] = posts(requests);
    expect(sent?.body).toEqual({
      askerName: 'Nguyễn Thị Hoa',
      showName: true,
      askerKind: 'citizen',
      locality: 'Phường Láng, Hà Nội',
      email: 'hoa@example.vn',
      fieldSlug: 'dat-dai',
      title: TITLE,
      body: BODY,
      consent: true,
    });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);

    reply(json(201, receipt));
    expect((await screen.findByTestId('tracking-code')).textContent).toBe('K7QM-4XPR-9HDT');
    const trackLink = screen.getByRole('link', { name: 'Tra cứu câu hỏi này' });
    expect(trackLink.getAttribute('href')).toBe('/track?code=K7QM-4XPR-9HDT');
    expect(window.localStorage.getItem(draftStorageKey(EXCHANGE_ID))).toBeNull();
  });

  it('copies the tracking code and says so', async () => {
    const user = userEvent.setup({ delay: null });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mockExchange(() => json(201, receipt));
    await openForm();
    await fillValidForm(user);
    await user.click(submitButton());

    await user.click(await screen.findByRole('button', { name: 'Sao chép' }));
    expect(writeText).toHaveBeenCalledWith('K7QM-4XPR-9HDT');
    expect(await screen.findByRole('button', { name: 'Đã sao chép' })).toBeTruthy();
  });

  it('retries after a network failure with the same Idempotency-Key', async () => {
    const user = userEvent.setup({ delay: null });
    let attempts = 0;
    const { requests } = mockExchange(() => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return json(201, receipt);
    });
    await openForm();
    await fillValidForm(user);

    await user.click(submitButton());
    expect(await screen.findByText(/Không kết nối được tới máy chủ/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Tiêu đề').value).toBe(TITLE);

    await user.click(submitButton());
    expect(await screen.findByTestId('tracking-code')).toBeTruthy();

    const [first, second] = posts(requests);
    expect(first?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(second?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
  });

  it('uses a new Idempotency-Key after the server refused the previous send', async () => {
    const user = userEvent.setup({ delay: null });
    let attempts = 0;
    const { requests } = mockExchange(() => {
      attempts += 1;
      return attempts === 1
        ? problem(429, 'rate_limited', 'Vui lòng thử lại sau ít phút.')
        : json(201, receipt);
    });
    await openForm();
    await fillValidForm(user);

    await user.click(submitButton());
    await screen.findByText('Vui lòng thử lại sau ít phút.');
    await user.click(submitButton());
    await screen.findByTestId('tracking-code');

    const [first, second] = posts(requests);
    expect(second?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'));
  });

  it('keeps a draft across a reload, without the consent', async () => {
    const user = userEvent.setup({ delay: null });
    mockExchange(() => json(201, receipt));
    const first = renderApp(`/exchanges/${EXCHANGE_ID}`);
    await user.type(await screen.findByLabelText('Tiêu đề'), TITLE);
    await user.click(screen.getByLabelText(CONSENT));
    first.unmount();

    renderApp(`/exchanges/${EXCHANGE_ID}`);
    expect((await screen.findByLabelText<HTMLInputElement>('Tiêu đề')).value).toBe(TITLE);
    expect(screen.getByLabelText<HTMLInputElement>(CONSENT).checked).toBe(false);
    expect(screen.getByText('Bản nháp trước đó của bạn đã được khôi phục.')).toBeTruthy();
  });

  it('shows English messages derived from the error code in the English interface', async () => {
    const user = userEvent.setup({ delay: null });
    mockExchange(() => json(201, receipt));
    await openForm();
    await i18n.changeLanguage('en');

    await user.type(screen.getByLabelText('Email'), 'hoa-at-example');
    await user.click(await screen.findByRole('button', { name: 'Send question' }));

    expect(errorOf(screen.getByLabelText('Full name'))).toBe('Please enter your full name.');
    expect(errorOf(screen.getByLabelText('Title'))).toBe(
      'Please write at least 10 characters for a title.',
    );
    expect(errorOf(screen.getByLabelText('Email'))).toBe('This email address is not valid.');

    // Switching back shows the schema's own Vietnamese text for the same errors.
    await i18n.changeLanguage('vi');
    expect(await screen.findByText('Vui lòng nhập họ và tên.')).toBeTruthy();
  });

  it('has a honeypot that people and screen readers skip', async () => {
    mockExchange(() => json(201, receipt));
    await openForm();

    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot?.tabIndex).toBe(-1);
    expect(honeypot?.getAttribute('autocomplete')).toBe('off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('replaces the form with a note once intake is closed', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () =>
        json(200, exchangeDetail({ state: 'ended', intakeOpen: false })),
      [`GET /api/exchanges/${EXCHANGE_ID}/feed?limit=10`]: () =>
        json(200, { items: [], nextCursor: null }),
    });
    renderApp(`/exchanges/${EXCHANGE_ID}`);

    const section = await screen.findByRole('region', { name: 'Gửi câu hỏi' });
    expect(
      within(section).getByText('Buổi giao lưu đã kết thúc và không nhận thêm câu hỏi.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
    // Nothing was being written, so there is nothing unsent to show.
    expect(within(section).queryByRole('textbox')).toBeNull();
  });
});
