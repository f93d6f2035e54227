import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUrl, createDeskTeam } from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { openSse, type SseStream } from './support/live-stream.ts';
import { addQuestion } from './support/triage.ts';

let live: Awaited<ReturnType<typeof startLiveApps>>;
let t: LiveApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;

beforeAll(async () => {
  live = await startLiveApps(1);
  t = live.apps[0] as LiveApp;
  team = await createDeskTeam(t);
});
afterAll(async () => {
  await live?.close();
});

async function openDesk(exchangeId: string, email = 'an@hanoi.test'): Promise<SseStream> {
  return openSse({
    port: t.port,
    path: `/api/desk/exchanges/${exchangeId}/events`,
    headers: { cookie: await staffCookie(t, 'hanoi', email) },
  });
}

const summary = (stream: SseStream) =>
  stream.events.map((event) => ({ event: event.event, ...event.data }));

async function expectOk(response: Promise<{ statusCode: number; body: string }>) {
  const settled = await response;
  expect(settled.statusCode, settled.body).toBe(200);
}

describe('the desk stream tells every officer what the others do', () => {
  it('triage, claims, take-over, release, submission and return, in order, with who holds what', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const [first, second] = await Promise.all(
      ['Thủ tục tách thửa', 'Giá đất bồi thường'].map((title) =>
        addQuestion(t.prisma, { exchangeId: exchange.id, title, status: 'submitted' }),
      ),
    );
    if (!first || !second) throw new Error('questions missing');
    const leaderDesk = await openDesk(exchange.id);
    const expertDesk = await openDesk(exchange.id, 'hoa@hanoi.test');

    await expectOk(
      team.thu.request('POST', '/api/desk/questions/bulk', {
        action: 'accept',
        ids: [first.id, second.id],
      }),
    );
    await expectOk(team.khoa.request('POST', `/api/desk/questions/${first.id}/claim`));
    await expectOk(team.an.request('POST', `/api/desk/questions/${first.id}/take-over`));
    await expectOk(team.an.request('POST', `/api/desk/questions/${first.id}/release`));
    await expectOk(team.hoa.request('POST', `/api/desk/questions/${first.id}/claim`));
    await expectOk(
      team.hoa.request('PUT', answerUrl(first.id, 'draft'), { html: '<p>Theo Điều 220.</p>' }),
    );
    await expectOk(team.hoa.request('POST', answerUrl(first.id, 'submit')));
    await expectOk(
      team.an.request('POST', answerUrl(first.id, 'return'), { comment: 'Bổ sung căn cứ.' }),
    );

    const expected = [
      { event: 'question.changed', ids: expect.arrayContaining([first.id, second.id]) },
      {
        event: 'claim.changed',
        questionId: first.id,
        holder: { id: team.ids.khoa, name: 'Trần Minh Khoa' },
      },
      {
        event: 'claim.changed',
        questionId: first.id,
        holder: { id: team.ids.an, name: 'Nguyễn Văn An' },
        // Whom it was taken from: their desk tells them, whatever it has loaded.
        previousHolderId: team.ids.khoa,
        title: 'Thủ tục tách thửa',
      },
      { event: 'claim.changed', questionId: first.id, holder: null },
      {
        event: 'claim.changed',
        questionId: first.id,
        holder: { id: team.ids.hoa, name: 'Lê Thị Hoa' },
      },
      { event: 'answer.submitted', questionId: first.id },
      { event: 'answer.returned', questionId: first.id },
    ];
    await leaderDesk.waitForEvents(expected.length);
    await expertDesk.waitForEvents(expected.length);
    expect(summary(leaderDesk)).toEqual(expected);
    expect(summary(expertDesk)).toEqual(expected);
    // The bulk action is one event for the two questions, not one each.
    expect(leaderDesk.events[0]?.data.ids).toHaveLength(2);
    leaderDesk.close();
    expertDesk.close();
  });

  it('keeps one department’s desk news from another department’s officers', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const question = await addQuestion(t.prisma, {
      exchangeId: exchange.id,
      title: 'Đăng ký biến động đất đai',
      status: 'accepted',
    });
    const danangDesk = await openSse({
      port: t.port,
      slug: 'danang',
      path: `/api/desk/exchanges/${exchange.id}/events`,
      headers: { cookie: await staffCookie(t, 'danang', 'leader@danang.test') },
    });
    expect(danangDesk.status).toBe(404);

    // Nor can a Đà Nẵng expert claim it through their own site: the question is not theirs.
    const claim = await team.danangExpert.request(
      'POST',
      `/api/desk/questions/${question.id}/claim`,
    );
    expect(claim.statusCode).toBe(404);
    danangDesk.close();
  });
});
