import type { DeskQuestion } from '@giaoluu/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, mockApi, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import {
  deskAnswer,
  deskQuestion,
  ME_ID,
  me,
  QUESTION_ID,
  SECOND_QUESTION_ID,
} from '../../test/staff-fixtures.ts';

const mine = { id: ME_ID, name: 'Trần Thị Lan' };
const questionPath = (id: string) => `/api/desk/questions/${id}`;
const second = deskQuestion({ id: SECOND_QUESTION_ID, title: 'Bồi thường khi thu hồi đất' });
// The exchange of the fixtures starts at 08:00 on 27/12/2026 in Hanoi (01:00 UTC).
const BEFORE_START = new Date('2026-12-26T22:46:30Z');

function deskApi(
  roles: Parameters<typeof me>[0],
  initial: DeskQuestion,
  routes: Record<string, (request: RecordedRequest) => Response> = {},
) {
  const server = { question: initial };
  const api = mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(roles)),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET ${questionPath(QUESTION_ID)}`]: () => json(200, server.question),
    ...routes,
  });
  return { server, ...api };
}

const requested = (requests: RecordedRequest[], method: string, path: string) =>
  requests.filter((r) => r.method === method && r.path === path);

describe('desk shortcuts', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('claims the question with "c", and lists the keys that work on the screen', async () => {
    const user = userEvent.setup({ delay: null });
    const { server, requests } = deskApi(['expert'], deskQuestion(), {
      [`POST ${questionPath(QUESTION_ID)}/claim`]: () => {
        server.question = deskQuestion({ claimedBy: mine });
        return json(200, server.question);
      },
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    const legend = await screen.findByTestId('desk-keyboard-legend');
    expect(legend.textContent).toBe('Phím tắt:c nhận xử lýn câu tiếp theo');

    await user.keyboard('c');

    expect(await screen.findByText('Bạn đang xử lý câu hỏi này')).toBeTruthy();
    expect(requested(requests, 'POST', `${questionPath(QUESTION_ID)}/claim`)).toHaveLength(1);
    expect(await screen.findByRole('textbox', { name: 'Nội dung trả lời' })).toBeTruthy();
    // The claim is done: the legend now offers sending for review instead.
    expect(screen.getByTestId('desk-keyboard-legend').textContent).toBe(
      'Phím tắt:Ctrl + Enter gửi duyệtn câu tiếp theo',
    );
  });

  it('leaves letters typed in the answer to the answer, and sends it for review with Ctrl+Enter', async () => {
    const user = userEvent.setup({ delay: null });
    const writing = deskQuestion({ status: 'drafted', claimedBy: mine, answer: deskAnswer() });
    const { server, requests } = deskApi(['expert'], writing, {
      [`PUT ${questionPath(QUESTION_ID)}/answer/draft`]: (request) => {
        const { html } = request.body as { html: string };
        server.question = { ...writing, answer: deskAnswer({ html }) };
        return json(200, server.question);
      },
      [`POST ${questionPath(QUESTION_ID)}/answer/submit`]: () => {
        server.question = {
          ...server.question,
          status: 'in_review',
          claimedBy: null,
          answer: deskAnswer({ status: 'in_review', html: server.question.answer?.html }),
        };
        return json(200, server.question);
      },
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);

    const editor = await screen.findByRole('textbox', { name: 'Nội dung trả lời' });
    // A button of the editor's toolbar is part of the writing too: "n" there is no command.
    act(() => screen.getByRole('button', { name: 'In đậm' }).focus());
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: writing.title })).toBeTruthy();

    await user.click(editor);
    await user.keyboard(' Xin cảm ơn câu hỏi');

    // "n" and "c" were letters of the answer: no next question, no claim.
    expect(editor.textContent).toContain('Xin cảm ơn câu hỏi');
    expect(requested(requests, 'GET', '/api/desk/my-questions')).toHaveLength(0);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() =>
      expect(
        requested(requests, 'POST', `${questionPath(QUESTION_ID)}/answer/submit`),
      ).toHaveLength(1),
    );
    const [draft] = requested(requests, 'PUT', `${questionPath(QUESTION_ID)}/answer/draft`);
    const { html } = (draft?.body ?? {}) as { html?: string };
    expect(html).toContain('Xin cảm ơn câu hỏi');
    // The shortcut did not also break the line in the text sent.
    expect(html).not.toContain('<br');
    expect(await screen.findByText('Chờ duyệt')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Nội dung trả lời' })).toBeNull();
  });

  it('goes to the next question in "my questions" with "n"', async () => {
    const user = userEvent.setup({ delay: null });
    const writing = deskQuestion({ status: 'drafted', claimedBy: mine, answer: deskAnswer() });
    deskApi(['expert'], writing, {
      'GET /api/desk/my-questions': () => json(200, { items: [second, writing] }),
      [`GET ${questionPath(SECOND_QUESTION_ID)}`]: () => json(200, second),
    });
    renderApp(`/staff/questions/${QUESTION_ID}`);
    await screen.findByRole('heading', { name: writing.title });

    await user.keyboard('n');

    expect(await screen.findByRole('heading', { name: 'Bồi thường khi thu hồi đất' })).toBeTruthy();
  });

  it('lets a leader approve with "a", and not while typing a comment to return it', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    deskApi(
      ['leader'],
      deskQuestion({
        status: 'in_review',
        answer: deskAnswer({ status: 'in_review', html: '<p>Nội dung đã gửi duyệt</p>' }),
      }),
    );
    renderApp(`/staff/questions/${QUESTION_ID}`);
    await screen.findByTestId('review-panel');
    expect(screen.getByTestId('desk-keyboard-legend').textContent).toBe(
      'Phím tắt:a duyệtr trả lạin câu tiếp theo',
    );

    await user.keyboard('r');
    const giveBack = await screen.findByRole('dialog', { name: 'Trả lại để sửa' });
    const comment = within(giveBack).getByRole('textbox', { name: 'Nhận xét' });
    await user.click(comment);
    await user.keyboard('a');
    expect((comment as HTMLTextAreaElement).value).toBe('a');
    expect(screen.queryByRole('dialog', { name: 'Duyệt câu trả lời' })).toBeNull();

    await user.click(within(giveBack).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.keyboard('a');
    const approve = await screen.findByRole('dialog', { name: 'Duyệt câu trả lời' });
    expect(within(approve).getByTestId('confirm-message').textContent).toBe(
      'Câu trả lời sẽ được công khai lúc 08:00 27/12/2026 (khi buổi giao lưu bắt đầu)',
    );
  });

  it('lets a leader publish an approved answer at once with "p"', async () => {
    vi.useFakeTimers({ now: BEFORE_START, toFake: ['Date'] });
    const user = userEvent.setup({ delay: null });
    const approved = deskQuestion({
      status: 'approved',
      answer: deskAnswer({
        status: 'approved',
        publishAt: '2026-12-27T01:00:00Z',
        publicNow: false,
      }),
    });
    deskApi(['leader'], approved);
    renderApp(`/staff/questions/${QUESTION_ID}`);
    await screen.findByTestId('publication-panel');
    expect(screen.getByTestId('desk-keyboard-legend').textContent).toBe(
      'Phím tắt:p công khai ngayn câu tiếp theo',
    );
    expect(
      screen.getByRole('button', { name: 'Công khai ngay' }).getAttribute('aria-keyshortcuts'),
    ).toBe('P');

    await user.keyboard('p');

    expect(await screen.findByRole('dialog', { name: 'Công khai ngay?' })).toBeTruthy();
  });
});
