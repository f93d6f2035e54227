import type { DeskQuestion } from '@giaoluu/contracts';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '../../test/fake-event-source.ts';
import { json, mockApi } from '../../test/fetch-mock.ts';
import {
  EXCHANGE_ID,
  exchangeDetail,
  exchangeSummary,
  OTHER_EXCHANGE_ID,
  tenant,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import {
  deskQuestion,
  ME_ID,
  me,
  OTHER_STAFF_ID,
  SECOND_QUESTION_ID,
} from '../../test/staff-fixtures.ts';

const ENDED_EXCHANGE_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const streamOf = (id: string) => `/api/desk/exchanges/${id}/events`;

/**
 * An expert on "my questions" across exchanges, having last worked in EXCHANGE_ID; the
 * department also has OTHER_EXCHANGE_ID taking questions and one that has ended.
 */
async function myQuestionsAcrossExchanges() {
  const server: { items: DeskQuestion[] } = { items: [deskQuestion()] };
  mockApi({
    'GET /api/tenant': () => json(200, tenant),
    'GET /api/auth/me': () => json(200, me(['expert'])),
    [`GET /api/exchanges/${EXCHANGE_ID}`]: () => json(200, exchangeDetail({ state: 'live' })),
    'GET /api/exchanges': () =>
      json(200, {
        items: [
          exchangeSummary({ state: 'live' }),
          exchangeSummary({ id: OTHER_EXCHANGE_ID, title: 'Giao lưu về khoáng sản' }),
          exchangeSummary({ id: ENDED_EXCHANGE_ID, title: 'Giao lưu đã qua', state: 'ended' }),
        ],
      }),
    'GET /api/desk/my-questions': () => json(200, { items: server.items }),
  });
  window.localStorage.setItem('giaoluu:staff-exchange', EXCHANGE_ID);
  renderApp('/staff/my');
  await screen.findByText('Thời hạn cấp sổ đỏ lần đầu');
  await waitFor(() => expect(FakeEventSource.instances).toHaveLength(2));
  for (const source of FakeEventSource.instances) act(() => source.open());
  const other = FakeEventSource.instances.find((s) => s.url === streamOf(OTHER_EXCHANGE_ID));
  if (!other) throw new Error('the other exchange’s stream is not followed');
  return { server, other };
}

describe('"my questions" across exchanges on a live day', () => {
  beforeAll(() => import('../staff-shell/StaffRoutes.tsx'));
  installFakeEventSource();
  afterEach(() => {
    window.localStorage.clear();
  });

  it('follows every exchange taking questions, not only the one last worked on', async () => {
    await myQuestionsAcrossExchanges();

    expect(FakeEventSource.instances.map((source) => source.url).sort()).toEqual(
      [streamOf(EXCHANGE_ID), streamOf(OTHER_EXCHANGE_ID)].sort(),
    );
  });

  it('shows a question given to the officer in another exchange without a reload', async () => {
    const { server, other } = await myQuestionsAcrossExchanges();

    server.items = [
      deskQuestion(),
      deskQuestion({
        id: SECOND_QUESTION_ID,
        exchangeId: OTHER_EXCHANGE_ID,
        trackingCode: 'M2KS-7TQW-3HNB',
        title: 'Cấp phép khai thác cát trên sông Hồng',
      }),
    ];
    act(() => other.emit('question.changed', { data: { ids: [SECOND_QUESTION_ID] } }));

    expect(await screen.findByText('Cấp phép khai thác cát trên sông Hồng')).toBeTruthy();
  });

  it('tells the officer when a question is taken from them in another exchange', async () => {
    const { server, other } = await myQuestionsAcrossExchanges();

    server.items = [];
    act(() =>
      other.emit('claim.changed', {
        data: {
          questionId: SECOND_QUESTION_ID,
          holder: { id: OTHER_STAFF_ID, name: 'Phạm Văn Minh' },
          previousHolderId: ME_ID,
          title: 'Cấp phép khai thác cát trên sông Hồng',
        },
      }),
    );

    const notice = await screen.findByTestId('claim-lost');
    expect(notice.textContent).toContain('Cấp phép khai thác cát trên sông Hồng');
  });
});
