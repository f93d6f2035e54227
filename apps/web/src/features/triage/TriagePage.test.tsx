import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockApi, type RecordedRequest } from '../../test/fetch-mock.ts';
import { EXCHANGE_ID, exchangeDetail, tenant } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import {
  me,
  OTHER_STAFF_ID,
  QUESTION_ID,
  queueItem,
  queuePage,
  SECOND_QUESTION_ID,
} from '../../test/staff-fixtures.ts';

const QUEUE = `GET /api/desk/exchanges/${EXCHANGE_ID}/questions`;
const FIRST_PAGE = `${QUEUE}?status=submitted&sort=newest&page=1&pageSize=25`;
const first = queueItem();
const second = queueItem({
  id: SECOND_QUESTION_ID,
  trackingCode: 'M3ZT-8QWE-2RTY',
  title: 'Bồi thường khi thu hồi đất nông nghiệp',
});

function triageApi(bulk: (request: RecordedRequest) => Response, extra = {}) {
  return mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['moderator'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail()),
    [FIRST_PAGE]: () => json(200, queuePage([first, second])),
    'GET /api/desk/assignees': () =>
      json(200, {
        items: [{ id: OTHER_STAFF_ID, name: 'Phạm Văn Minh', roles: ['expert'], openQuestions: 4 }],
      }),
    'POST /api/desk/questions/bulk': bulk,
    ...extra,
  });
}

async function openTriage() {
  renderApp(`/staff/exchanges/${EXCHANGE_ID}/triage`);
  return screen.findAllByTestId('queue-row');
}

const posts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST');

describe('triage', () => {
  // The staff area is a chunk of its own; load it once rather than inside the first test.
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));

  it('accepts the ticked questions together and names those left as they were', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = triageApi(() =>
      json(200, {
        updated: [QUESTION_ID],
        skipped: [
          {
            id: SECOND_QUESTION_ID,
            code: 'wrong_state',
            message: 'Câu hỏi đã được xử lý trước đó.',
          },
        ],
      }),
    );
    await openTriage();
    // The exchange is named on the page; the menu and the switch keep to it.
    expect(screen.getByTestId('exchange-scope').textContent).toContain(exchangeDetail().title);
    expect(screen.getByRole('link', { name: 'Đổi buổi giao lưu' }).getAttribute('href')).toBe(
      '/staff/exchanges?area=triage',
    );
    expect(screen.getByRole('link', { name: 'Tiếp nhận câu hỏi' }).getAttribute('href')).toBe(
      `/staff/exchanges/${EXCHANGE_ID}/triage`,
    );

    await user.click(screen.getByLabelText('Chọn câu hỏi K7QM-4XPR-9HDT'));
    await user.click(screen.getByLabelText('Chọn câu hỏi M3ZT-8QWE-2RTY'));
    const bar = screen.getByTestId('bulk-bar');
    expect(within(bar).getByText('Đã chọn 2 câu hỏi')).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Tiếp nhận' }));

    const outcome = await screen.findByTestId('bulk-outcome');
    expect(within(outcome).getByText('Đã tiếp nhận 1 câu hỏi.')).toBeTruthy();
    expect(outcome.textContent).toContain(
      'M3ZT-8QWE-2RTY — Bồi thường khi thu hồi đất nông nghiệp',
    );
    expect(outcome.textContent).toContain('Câu hỏi đã được xử lý trước đó.');
    const [sent] = posts(requests);
    expect(sent?.body).toEqual({ action: 'accept', ids: [QUESTION_ID, SECOND_QUESTION_ID] });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-token-from-me');
    // The queue is read again after the change.
    await waitFor(() =>
      expect(requests.filter((r) => `GET ${r.path}` === FIRST_PAGE)).toHaveLength(2),
    );
  });

  it('assigns to the expert chosen', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = triageApi(() => json(200, { updated: [SECOND_QUESTION_ID], skipped: [] }));
    await openTriage();

    await user.click(screen.getByLabelText('Chọn câu hỏi M3ZT-8QWE-2RTY'));
    await user.click(
      within(screen.getByTestId('bulk-bar')).getByRole('button', { name: 'Phân công' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Phân công câu hỏi' });

    await user.click(within(dialog).getByRole('button', { name: 'Phân công' }));
    expect(await within(dialog).findByText('Vui lòng chọn chuyên viên.')).toBeTruthy();

    await user.click(within(dialog).getByRole('combobox', { name: 'Chuyên viên' }));
    await user.click(
      await screen.findByRole('option', { name: 'Phạm Văn Minh — đang xử lý 4 câu' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Phân công' }));

    expect(await screen.findByText('Đã phân công 1 câu hỏi.')).toBeTruthy();
    expect(posts(requests)[0]?.body).toEqual({
      action: 'assign',
      ids: [SECOND_QUESTION_ID],
      assigneeId: OTHER_STAFF_ID,
    });
  });

  it('asks the reason of a rejection and keeps it private', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = triageApi(() => json(200, { updated: [QUESTION_ID], skipped: [] }));
    await openTriage();

    await user.click(screen.getByLabelText('Chọn câu hỏi K7QM-4XPR-9HDT'));
    await user.click(
      within(screen.getByTestId('bulk-bar')).getByRole('button', { name: 'Từ chối' }),
    );
    const reason = await screen.findByLabelText('Lý do từ chối (không công khai)');
    await user.type(reason, 'Sai');
    await user.click(screen.getByRole('button', { name: 'Từ chối 1 câu hỏi' }));
    expect(await screen.findByText('Lý do từ chối cần ít nhất 5 ký tự.')).toBeTruthy();
    expect(posts(requests)).toHaveLength(0);

    await user.type(reason, ' lĩnh vực, không thuộc thẩm quyền');
    await user.click(screen.getByRole('button', { name: 'Từ chối 1 câu hỏi' }));
    expect(await screen.findByText('Đã từ chối 1 câu hỏi.')).toBeTruthy();
    expect(posts(requests)[0]?.body).toEqual({
      action: 'reject',
      ids: [QUESTION_ID],
      reason: 'Sai lĩnh vực, không thuộc thẩm quyền',
    });
  });

  it('works from the keyboard: j moves, x ticks, a accepts', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = triageApi(() =>
      json(200, { updated: [QUESTION_ID, SECOND_QUESTION_ID], skipped: [] }),
    );
    await openTriage();
    expect(screen.getByTestId('keyboard-legend').textContent).toContain('j / k');

    await user.keyboard('xjx');
    expect(within(screen.getByTestId('bulk-bar')).getByText('Đã chọn 2 câu hỏi')).toBeTruthy();
    await user.keyboard('a');

    expect(await screen.findByText('Đã tiếp nhận 2 câu hỏi.')).toBeTruthy();
    expect(posts(requests)[0]?.body).toEqual({
      action: 'accept',
      ids: [QUESTION_ID, SECOND_QUESTION_ID],
    });
  });

  it('keeps filters in the address and searches once typing pauses', async () => {
    const user = userEvent.setup({ delay: null });
    const searched = `${QUEUE}?status=submitted&q=dat+dai&sort=newest&page=1&pageSize=25`;
    const review = `${QUEUE}?status=in_review&channel=phone&sort=newest&page=1&pageSize=25`;
    const { requests } = triageApi(() => json(200, { updated: [], skipped: [] }), {
      [searched]: () => json(200, queuePage([second])),
      [`${QUEUE}?status=submitted&channel=phone&sort=newest&page=1&pageSize=25`]: () =>
        json(200, queuePage([])),
      [review]: () => json(200, queuePage([])),
    });
    await openTriage();

    await user.type(screen.getByLabelText('Tìm kiếm'), 'dat dai');
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
    const searches = requests.filter((r) => r.path.includes('q='));
    expect(searches.map((r) => r.path)).toEqual([searched.replace('GET ', '')]);

    await user.clear(screen.getByLabelText('Tìm kiếm'));
    await user.selectOptions(screen.getByLabelText('Kênh'), 'phone');
    await user.click(screen.getByRole('tab', { name: /^Chờ duyệt/ }));
    expect(await screen.findByText('Không có câu hỏi nào phù hợp.')).toBeTruthy();
    expect(requests.map((r) => `GET ${r.path}`)).toContain(review);
  });
});
