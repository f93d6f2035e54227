import type { DeskQuestion } from '@giaoluu/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { deskAnswer, deskQuestion, ME_ID, me, QUESTION_ID } from '../../test/staff-fixtures.ts';

const QUESTION = `GET /api/desk/questions/${QUESTION_ID}`;
const DRAFT = `PUT /api/desk/questions/${QUESTION_ID}/answer/draft`;
const mine = { id: ME_ID, name: 'Trần Thị Lan' };

function questionApi(
  initial: DeskQuestion,
  routes: Record<string, (r: RecordedRequest) => Response> = {},
) {
  let stored = initial;
  const api = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['expert'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [QUESTION]: () => json(200, stored),
    [DRAFT]: (request) => {
      const { html } = request.body as { html: string };
      stored = {
        ...stored,
        status: 'drafted',
        answer: deskAnswer({ html, updatedAt: new Date().toISOString() }),
      };
      return json(200, stored);
    },
    ...routes,
  });
  return { ...api, current: () => stored };
}

const puts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'PUT');

describe('answering a question', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the draft once typing stops, says when, and shows it again after a reload', async () => {
    vi.useFakeTimers({
      now: new Date('2026-12-26T01:00:00Z'),
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    const { requests } = questionApi(deskQuestion({ claimedBy: mine, answer: deskAnswer() }));
    const first = renderApp(`/staff/questions/${QUESTION_ID}`);

    const editor = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    expect(editor.textContent).toBe('Bản nháp đã lưu trên máy chủ');
    expect(screen.getByTestId('save-status').textContent).toBe('Đã lưu lúc 11:00:00');

    await user.click(editor);
    await user.keyboard('Căn cứ Luật Đất đai. ');
    expect(screen.getByTestId('save-status').textContent).toBe('Có thay đổi chưa lưu');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(puts(requests)).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(600));
    await waitFor(() => expect(puts(requests)).toHaveLength(1));
    const [put] = puts(requests);
    expect(put?.body).toEqual({ html: expect.stringContaining('Căn cứ Luật Đất đai.') });
    expect(put?.headers.get('X-CSRF-Token')).toBe('csrf-token-from-me');
    expect(await screen.findByText(/^Đã lưu lúc 08:00:0\d$/)).toBeTruthy();

    first.unmount();
    renderApp(`/staff/questions/${QUESTION_ID}`);
    const reloaded = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    expect(reloaded.textContent).toContain('Căn cứ Luật Đất đai.');
    expect(puts(requests)).toHaveLength(1);
  });

  it('saves at once when the editor loses focus, and offers a retry when saving fails', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    const { requests } = questionApi(deskQuestion({ claimedBy: mine, answer: deskAnswer() }), {
      [DRAFT]: (request) =>
        fail
          ? problem(503, 'unavailable', 'Máy chủ đang bận.')
          : json(
              200,
              deskQuestion({
                claimedBy: mine,
                status: 'drafted',
                answer: deskAnswer({ html: (request.body as { html: string }).html }),
              }),
            ),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    const editor = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    await user.click(editor);
    await user.keyboard('Trả lời: ');
    await user.click(screen.getByRole('heading', { name: 'Câu trả lời' }));
    editor.blur();

    const retry = await screen.findByRole('button', { name: 'Chưa lưu — thử lại' });
    expect(screen.getByText('Máy chủ đang bận.')).toBeTruthy();
    // The text typed is still there to be saved.
    expect(editor.textContent).toContain('Trả lời:');

    fail = false;
    await user.click(retry);
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/^Đã lưu lúc/),
    );
    expect(puts(requests)).toHaveLength(2);
  });

  it('keeps on this computer what the server did not get, and brings it back after a reload', async () => {
    const user = userEvent.setup({ delay: null });
    let online = false;
    const saved = deskQuestion({ claimedBy: mine, answer: deskAnswer() });
    const { requests } = questionApi(saved, {
      [DRAFT]: (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        const { html } = request.body as { html: string };
        return json(200, { ...saved, answer: deskAnswer({ html }) });
      },
    });
    const first = renderApp(`/staff/questions/${QUESTION_ID}`);

    const editor = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    await user.click(editor);
    await user.keyboard('Phần chưa kịp lưu. ');
    editor.blur();
    expect(await screen.findByRole('button', { name: 'Chưa lưu — thử lại' })).toBeTruthy();
    // The page goes while still offline: its last attempt fails too.
    first.unmount();
    await waitFor(() => expect(puts(requests)).toHaveLength(2));

    online = true;
    renderApp(`/staff/questions/${QUESTION_ID}`);
    const restored = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    expect(restored.textContent).toContain('Phần chưa kịp lưu.');
    expect(screen.getByText(/Đã khôi phục phần trả lời chưa kịp lưu/)).toBeTruthy();
    await waitFor(
      () => {
        const last = puts(requests).at(-1);
        expect(last?.body).toEqual({ html: expect.stringContaining('Phần chưa kịp lưu.') });
        expect(screen.getByTestId('save-status').textContent).toMatch(/^Đã lưu lúc/);
      },
      { timeout: 4000 },
    );
  });

  it('names who holds a question claimed by someone else first', async () => {
    const user = userEvent.setup({ delay: null });
    let claimed = false;
    const holder = { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', name: 'Phạm Văn Minh' };
    questionApi(deskQuestion(), {
      [QUESTION]: () => json(200, deskQuestion({ claimedBy: claimed ? holder : null })),
      [`POST /api/desk/questions/${QUESTION_ID}/claim`]: () => {
        claimed = true;
        return problem(409, 'claimed_by_other', 'Câu hỏi đang do Phạm Văn Minh xử lý.');
      },
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Nhận xử lý' }));
    expect(await screen.findByText('Câu hỏi đang do Phạm Văn Minh xử lý.')).toBeTruthy();
    expect(await screen.findByText('Đang do Phạm Văn Minh xử lý')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Nội dung trả lời' })).toBeNull();
  });

  it('opens the editor once the question is claimed, with the leader’s comment shown', async () => {
    const user = userEvent.setup({ delay: null });
    const returned = deskQuestion({
      status: 'returned',
      answer: deskAnswer({ status: 'returned', reviewComment: 'Bổ sung căn cứ pháp lý.' }),
    });
    const { requests } = questionApi(returned, {
      [`POST /api/desk/questions/${QUESTION_ID}/claim`]: () =>
        json(200, { ...returned, claimedBy: mine }),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    expect((await screen.findByTestId('review-comment')).textContent).toContain(
      'Bổ sung căn cứ pháp lý.',
    );
    await user.click(screen.getByRole('button', { name: 'Nhận xử lý' }));
    expect(await screen.findByRole('textbox', { name: 'Nội dung trả lời' })).toBeTruthy();
    expect(screen.getByText('Bạn đang xử lý câu hỏi này')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-from-me',
    );
  });

  it('shows the revisions of the answer', async () => {
    const user = userEvent.setup({ delay: null });
    questionApi(deskQuestion({ claimedBy: mine, answer: deskAnswer({ revisionCount: 1 }) }), {
      [`GET /api/desk/questions/${QUESTION_ID}/answer/revisions`]: () =>
        json(200, {
          items: [
            {
              id: '6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0',
              author: mine,
              html: '<p>Phiên bản <strong>đầu tiên</strong></p>',
              note: 'Gửi duyệt lần 1',
              createdAt: '2026-12-21T05:00:00Z',
            },
          ],
        }),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Lịch sử phiên bản (1)' }));
    const revision = await screen.findByTestId('revision');
    await user.click(
      within(revision).getByRole('button', { name: /21\/12\/2026 12:00 — Trần Thị Lan/ }),
    );
    expect(within(revision).getByText('đầu tiên').tagName).toBe('STRONG');
  });
});
