import type { DeskQuestion } from '@giaoluu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mockApi, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { deskAnswer, deskQuestion, me, QUESTION_ID } from '../../test/staff-fixtures.ts';

// The exchange of the fixtures starts at 08:00 on 27/12/2026 in Hanoi (01:00 UTC).
const BEFORE_START = new Date('2026-12-26T22:46:30Z');
const action = (name: string) => `POST /api/desk/questions/${QUESTION_ID}/answer/${name}`;
const answeredBy = {
  name: 'Nguyễn Văn An',
  position: 'Phó Giám đốc Sở',
  organisation: 'Sở NN&MT Hà Nội',
};

const inReview = deskQuestion({
  status: 'in_review',
  answer: deskAnswer({ status: 'in_review', html: '<p>Nội dung đã gửi duyệt</p>' }),
});
const approved = deskQuestion({
  status: 'approved',
  answer: deskAnswer({
    status: 'approved',
    publishAt: '2026-12-27T01:00:00Z',
    publicNow: false,
    answeredBy,
  }),
});

function reviewApi(
  initial: DeskQuestion,
  routes: Record<string, (r: RecordedRequest) => Response>,
) {
  let stored = initial;
  const api = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['leader'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET /api/desk/questions/${QUESTION_ID}`]: () => json(200, stored),
    ...Object.fromEntries(
      Object.entries(routes).map(([key, handler]) => [
        key,
        (request: RecordedRequest) => {
          const response = handler(request);
          void response
            .clone()
            .json()
            .then((body: DeskQuestion) => {
              stored = body;
            });
          return response;
        },
      ]),
    ),
  });
  return api;
}

const posts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST');

describe('leader review', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says, before approving, exactly when an answer approved ahead of the live start goes public', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    const { requests } = reviewApi(inReview, { [action('approve')]: () => json(200, approved) });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Duyệt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt câu trả lời' });
    expect(within(dialog).getByTestId('confirm-message').textContent).toBe(
      'Câu trả lời sẽ được công khai lúc 08:00 27/12/2026 (khi buổi giao lưu bắt đầu)',
    );
    expect(posts(requests)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Duyệt' }));
    expect((await screen.findByTestId('release-time')).textContent).toBe(
      'Sẽ công khai lúc 08:00 27/12/2026',
    );
    expect(screen.getByTestId('release-countdown').textContent).toBe('Công khai sau 2 giờ 13 phút');
    expect(screen.getByTestId('answered-by').textContent).toBe(
      'Trả lời: Nguyễn Văn An, Phó Giám đốc Sở — Sở NN&MT Hà Nội',
    );
    expect(posts(requests).map((r) => r.path)).toEqual([
      `/api/desk/questions/${QUESTION_ID}/answer/approve`,
    ]);
  });

  it('returns an answer only with a comment', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = reviewApi(inReview, {
      [action('return')]: () =>
        json(200, {
          ...inReview,
          status: 'returned',
          answer: deskAnswer({ status: 'returned', reviewComment: 'Bổ sung căn cứ.' }),
        }),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Trả lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại để sửa' });
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Nhận xét cần ít nhất 3 ký tự.')).toBeTruthy();
    expect(posts(requests)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Nhận xét/), 'Bổ sung căn cứ.');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByTestId('review-comment')).toBeTruthy();
    expect(posts(requests)[0]?.body).toEqual({ comment: 'Bổ sung căn cứ.' });
  });

  it('publishes ahead of time only after an explicit confirmation', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    const { requests } = reviewApi(approved, {
      [action('publish-now')]: () =>
        json(200, { ...approved, answer: { ...approved.answer, publicNow: true } }),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Công khai ngay' }));
    let dialog = await screen.findByRole('dialog', { name: 'Công khai ngay?' });
    expect(within(dialog).getByTestId('confirm-message').textContent).toContain(
      'Câu trả lời sẽ được công khai ngay lập tức, trước giờ bắt đầu buổi giao lưu (08:00 27/12/2026)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(requests)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Công khai ngay' }));
    dialog = await screen.findByRole('dialog', { name: 'Công khai ngay?' });
    await user.click(within(dialog).getByRole('button', { name: 'Công khai ngay' }));

    expect(await screen.findByText('Đang công khai')).toBeTruthy();
    expect(posts(requests)[0]?.body).toEqual({ confirm: true });
    expect(screen.getByRole('button', { name: 'Gỡ xuống' })).toBeTruthy();
  });
});
