import type { DeskQuestion } from '@giaoluu/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '../../test/fake-event-source.ts';
import { json, mockApi } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import {
  deskAnswer,
  deskQuestion,
  ME_ID,
  me,
  OTHER_STAFF_ID,
  QUESTION_ID,
} from '../../test/staff-fixtures.ts';

const mine = { id: ME_ID, name: 'Trần Thị Lan' };
const colleague = { id: OTHER_STAFF_ID, name: 'Phạm Văn Minh' };

/** An expert on a question page; the server's copy of the question is `server.question`. */
async function questionDesk(initial: DeskQuestion) {
  const server = { question: initial };
  mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['expert'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [`GET /api/desk/questions/${QUESTION_ID}`]: () => json(200, server.question),
  });
  renderApp(`/staff/questions/${QUESTION_ID}`);
  const panel = await screen.findByTestId('claim-panel');
  // The question names its exchange; the desk then follows that exchange's stream.
  await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
  const source = FakeEventSource.last as FakeEventSource;
  expect(source.url).toBe(`/api/desk/exchanges/${EXCHANGE_ID}/events`);
  act(() => source.open());
  return { server, source, panel };
}

describe('claims on the live desk', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  installFakeEventSource();

  it('shows a colleague’s claim on the open question as it happens', async () => {
    const { server, source, panel } = await questionDesk(deskQuestion());
    expect(within(panel).getByRole('button', { name: 'Nhận xử lý' })).toBeTruthy();

    server.question = deskQuestion({ claimedBy: colleague });
    act(() =>
      source.emit('claim.changed', { data: { questionId: QUESTION_ID, holder: colleague } }),
    );

    expect(await within(panel).findByText('Đang do Phạm Văn Minh xử lý')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Nhận xử lý' })).toBeNull();
    // Claimed from nobody is no take-over: no alarm.
    expect(screen.queryByTestId('claim-taken')).toBeNull();
  });

  it('reads the open question again only for events about it', async () => {
    const { server, source, panel } = await questionDesk(deskQuestion());
    // Changed on the server, but the event names another question: this page is not re-read.
    server.question = deskQuestion({ claimedBy: colleague });
    act(() =>
      source.emit('claim.changed', {
        data: { questionId: '00000000-0000-4000-8000-000000000001', holder: colleague },
      }),
    );
    // Longer than the desk's 500 ms coalescing window.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(within(panel).getByText('Chưa có ai nhận xử lý câu hỏi này')).toBeTruthy();
  });

  it('says clearly when a question being written is taken over by someone else', async () => {
    const { server, source } = await questionDesk(
      deskQuestion({ status: 'drafted', claimedBy: mine, answer: deskAnswer() }),
    );
    expect(await screen.findByRole('textbox', { name: 'Nội dung trả lời' })).toBeTruthy();

    server.question = deskQuestion({
      status: 'drafted',
      claimedBy: colleague,
      answer: deskAnswer(),
    });
    act(() =>
      source.emit('claim.changed', { data: { questionId: QUESTION_ID, holder: colleague } }),
    );

    const alert = await screen.findByTestId('claim-taken');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Câu hỏi đã được người khác tiếp quản');
    expect(alert.textContent).toContain(
      'Phạm Văn Minh vừa tiếp quản câu hỏi bạn đang xử lý. Bạn không còn sửa hay gửi duyệt được câu trả lời này.',
    );
    // The editor is gone with the claim: nothing more can be typed into someone else's answer.
    expect(screen.queryByRole('textbox', { name: 'Nội dung trả lời' })).toBeNull();
    expect(screen.getByTestId('claim-panel').textContent).toContain('Đang do Phạm Văn Minh xử lý');
  });

  it('tells an officer on "my questions" that a question they were writing was taken over', async () => {
    const writing = deskQuestion({ status: 'drafted', claimedBy: mine, answer: deskAnswer() });
    const server = { items: [writing] };
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
      'GET /api/desk/my-questions': () => json(200, { items: server.items }),
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/mine`);
    expect(await screen.findByTestId('my-question')).toBeTruthy();
    const source = FakeEventSource.last as FakeEventSource;
    act(() => source.open());

    server.items = [{ ...writing, claimedBy: colleague }];
    act(() =>
      source.emit('claim.changed', { data: { questionId: QUESTION_ID, holder: colleague } }),
    );

    const notice = await screen.findByTestId('claim-lost');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain(
      'Phạm Văn Minh vừa tiếp quản câu hỏi “Thời hạn cấp sổ đỏ lần đầu” mà bạn đang xử lý.',
    );
    expect(within(notice).getByRole('link', { name: 'Mở câu hỏi' }).getAttribute('href')).toBe(
      `/staff/questions/${QUESTION_ID}`,
    );
    // The list follows: the question now says who holds it.
    expect(await screen.findByText('Đang do Phạm Văn Minh xử lý')).toBeTruthy();

    await userEvent.click(within(notice).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByTestId('claim-lost')).toBeNull();
  });

  it('tells an officer of a take-over even when their page holds no copy of the question', async () => {
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
      'GET /api/desk/my-questions': () => json(200, { items: [] }),
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/mine`);
    await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
    const source = FakeEventSource.last as FakeEventSource;
    act(() => source.open());

    act(() =>
      source.emit('claim.changed', {
        data: {
          questionId: QUESTION_ID,
          holder: colleague,
          previousHolderId: ME_ID,
          title: 'Bồi thường khi thu hồi đất nông nghiệp',
        },
      }),
    );

    const notice = await screen.findByTestId('claim-lost');
    expect(notice.textContent).toContain(
      'Phạm Văn Minh vừa tiếp quản câu hỏi “Bồi thường khi thu hồi đất nông nghiệp” mà bạn đang xử lý.',
    );
  });

  it('raises no alarm for a take-over from a colleague', async () => {
    let reads = 0;
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
      'GET /api/desk/my-questions': () => {
        reads += 1;
        return json(200, { items: [] });
      },
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/mine`);
    await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
    const source = FakeEventSource.last as FakeEventSource;
    act(() => source.open());
    await waitFor(() => expect(reads).toBe(1));

    act(() =>
      source.emit('claim.changed', {
        data: {
          questionId: QUESTION_ID,
          holder: mine,
          previousHolderId: OTHER_STAFF_ID,
          title: 'Bồi thường khi thu hồi đất nông nghiệp',
        },
      }),
    );
    act(() =>
      source.emit('claim.changed', {
        data: {
          questionId: QUESTION_ID,
          holder: colleague,
          previousHolderId: '00000000-0000-4000-8000-000000000009',
          title: 'Bồi thường khi thu hồi đất nông nghiệp',
        },
      }),
    );

    // Both events were taken in (the list is read again), and neither raised a notice.
    await waitFor(() => expect(reads).toBeGreaterThan(1));
    expect(screen.queryByTestId('claim-lost')).toBeNull();
  });

  it('raises no alarm when a colleague takes over a question that was not this officer’s', async () => {
    const theirs = deskQuestion({ status: 'drafted', claimedBy: colleague, answer: deskAnswer() });
    const server = { items: [deskQuestion({ status: 'assigned' })] };
    mockApi({
      'GET /api/tenant': () => json(200, tenant),
      'GET /api/auth/me': () => json(200, me(['expert'])),
      [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
      'GET /api/desk/my-questions': () => json(200, { items: server.items }),
    });
    renderApp(`/staff/exchanges/${EXCHANGE_ID}/mine`);
    await screen.findByTestId('my-question');
    const source = FakeEventSource.last as FakeEventSource;
    act(() => source.open());

    server.items = [theirs];
    act(() =>
      source.emit('claim.changed', { data: { questionId: QUESTION_ID, holder: colleague } }),
    );

    expect(await screen.findByText('Đang do Phạm Văn Minh xử lý')).toBeTruthy();
    expect(screen.queryByTestId('claim-lost')).toBeNull();
  });
});
