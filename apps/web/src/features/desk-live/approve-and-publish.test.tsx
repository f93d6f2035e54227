import type { DeskQuestion } from '@giaoluu/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { deskAnswer, deskQuestion, me, QUESTION_ID } from '../../test/staff-fixtures.ts';

// The exchange of the fixtures starts at 08:00 on 27/12/2026 in Hanoi (01:00 UTC).
const BEFORE_START = new Date('2026-12-26T22:46:30Z');
const AFTER_START = new Date('2026-12-27T02:00:00Z');
const action = (name: string) => `POST /api/desk/questions/${QUESTION_ID}/answer/${name}`;

const inReview = deskQuestion({
  status: 'in_review',
  answer: deskAnswer({ status: 'in_review', html: '<p>Nội dung đã gửi duyệt</p>' }),
});
const approved = (publicNow: boolean) =>
  deskQuestion({
    status: 'approved',
    answer: deskAnswer({
      status: 'approved',
      publishAt: publicNow ? BEFORE_START.toISOString() : '2026-12-27T01:00:00Z',
      publicNow,
    }),
  });

function leaderDesk(publish: () => Response) {
  const server: { question: DeskQuestion } = { question: inReview };
  const api = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['leader'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET /api/desk/questions/${QUESTION_ID}`]: () => json(200, server.question),
    [action('approve')]: () => {
      server.question = approved(false);
      return json(200, server.question);
    },
    [action('publish-now')]: () => {
      const response = publish();
      if (response.ok) server.question = approved(true);
      return response;
    },
  });
  renderApp(`/staff/questions/${QUESTION_ID}`);
  return api;
}

const posts = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'POST').map((r) => r.path);

describe('approving and publishing from one screen', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('approves and publishes at once an answer sent for review before the live start', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    const { requests } = leaderDesk(() => json(200, approved(true)));

    const panel = await screen.findByTestId('review-panel');
    await user.click(await within(panel).findByRole('button', { name: 'Duyệt và công khai ngay' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt và công khai ngay?' });
    expect(within(dialog).getByTestId('confirm-message').textContent).toContain(
      'không chờ đến giờ bắt đầu buổi giao lưu (08:00 27/12/2026)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt và công khai ngay' }));

    const publication = await screen.findByTestId('publication-panel');
    expect(await within(publication).findByText('Đang công khai')).toBeTruthy();
    expect(posts(requests)).toEqual([
      `/api/desk/questions/${QUESTION_ID}/answer/approve`,
      `/api/desk/questions/${QUESTION_ID}/answer/publish-now`,
    ]);
    expect(requests.find((r) => r.path.endsWith('publish-now'))?.body).toEqual({ confirm: true });
  });

  it('leaves an approved answer with its own "publish now" when publishing is refused', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    leaderDesk(() => problem(503, 'unavailable', 'Máy chủ đang bận.'));

    await user.click(await screen.findByRole('button', { name: 'Duyệt và công khai ngay' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt và công khai ngay?' });
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt và công khai ngay' }));

    const publication = await screen.findByTestId('publication-panel');
    expect(within(publication).getByText('Đã duyệt, chờ công khai')).toBeTruthy();
    expect(within(publication).getByRole('button', { name: 'Công khai ngay' })).toBeTruthy();
  });

  it('offers only "approve" once the exchange is live, since approving then publishes at once', async () => {
    vi.useFakeTimers({ now: AFTER_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    leaderDesk(() => json(200, approved(true)));

    const panel = await screen.findByTestId('review-panel');
    // Once the schedule is known, approving says it publishes at once.
    await user.click(within(panel).getByRole('button', { name: 'Duyệt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt câu trả lời' });
    expect(within(dialog).getByTestId('confirm-message').textContent).toBe(
      'Buổi giao lưu đã bắt đầu: câu trả lời sẽ được công khai ngay sau khi duyệt.',
    );
    expect(within(panel).queryByRole('button', { name: 'Duyệt và công khai ngay' })).toBeNull();
  });
});
