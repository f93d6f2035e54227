import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUrl, createDeskTeam, feedTitles, writeAndSubmit } from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { openSse, type SseStream } from './support/live-stream.ts';
import { hostOf } from './support/test-app.ts';
import { addQuestion } from './support/triage.ts';

let live: Awaited<ReturnType<typeof startLiveApps>>;
let t: LiveApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;
let leaderCookie: string;

beforeAll(async () => {
  live = await startLiveApps(1);
  t = live.apps[0] as LiveApp;
  team = await createDeskTeam(t);
  leaderCookie = await staffCookie(t, 'hanoi', 'an@hanoi.test');
});
afterAll(async () => {
  await live?.close();
});

/** The public and the desk streams of an exchange, both joined. */
async function watchBoth(exchangeId: string) {
  const publicStream = await openSse({ port: t.port, path: `/api/exchanges/${exchangeId}/events` });
  const desk = await openSse({
    port: t.port,
    path: `/api/desk/exchanges/${exchangeId}/events`,
    headers: { cookie: leaderCookie },
  });
  return { publicStream, desk };
}

const summary = (stream: SseStream) =>
  stream.events.map((event) => ({ event: event.event, ...event.data }));

type PublicItem = { id: string; answer: { publishedAt: string; html: string } };

/** The public stream carries the feed item itself on release, and only the id on withdrawal. */
const publicSummary = (stream: SseStream) =>
  stream.events.map(({ event, data }) => {
    const item = data.item as PublicItem | undefined;
    return item
      ? { event, questionId: item.id, publishedAt: item.answer.publishedAt }
      : { event, ...data };
  });

async function approve(questionId: string) {
  const approved = await team.an.request('POST', answerUrl(questionId, 'approve'));
  expect(approved.statusCode, approved.body).toBe(200);
}

describe('a leader’s actions on answers', () => {
  it('during the live exchange: approval publishes at once, withdrawal and publish-now follow', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const question = await addQuestion(t.prisma, {
      exchangeId: exchange.id,
      title: 'Thời hạn cấp sổ đỏ',
      status: 'accepted',
    });
    await writeAndSubmit(team.khoa, question.id, '<p>Không quá 30 ngày.</p>');
    const { publicStream, desk } = await watchBoth(exchange.id);

    await approve(question.id);
    const approvedAt = t.clock.now().toISOString();
    // A viewer loading the page now gets it from the feed, cached or not.
    expect(await feedTitles(t, exchange.id)).toContain('Thời hạn cấp sổ đỏ');
    t.clock.advance(60_000);
    const withdrawn = await team.an.request('POST', answerUrl(question.id, 'unpublish'), {
      reason: 'Dẫn sai số hiệu văn bản.',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await feedTitles(t, exchange.id)).not.toContain('Thời hạn cấp sổ đỏ');
    t.clock.advance(60_000);
    const back = await team.an.request('POST', answerUrl(question.id, 'publish-now'), {
      confirm: true,
    });
    expect(back.statusCode, back.body).toBe(200);
    const republishedAt = t.clock.now().toISOString();

    await publicStream.waitForEvents(3);
    await desk.waitForEvents(3);
    const questionId = question.id;
    expect(publicSummary(publicStream)).toEqual([
      { event: 'answer.published', questionId, publishedAt: approvedAt },
      { event: 'answer.withdrawn', questionId },
      { event: 'answer.published', questionId, publishedAt: republishedAt },
    ]);
    // The released item is the feed's own, so the page shows it without asking again.
    const released = publicStream.events[0]?.data.item as PublicItem;
    expect(released.answer.html).toContain('Không quá 30 ngày.');
    expect(summary(desk)).toEqual([
      { event: 'answer.approved', questionId, publishAt: approvedAt },
      { event: 'answer.withdrawn', questionId, publishAt: approvedAt },
      { event: 'answer.published', questionId, publishAt: republishedAt },
    ]);
    publicStream.close();
    desk.close();
  });

  it('tells a page which event its feed already shows, so the stream opened after misses nothing', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const question = await addQuestion(t.prisma, {
      exchangeId: exchange.id,
      title: 'Lệ phí trước bạ nhà đất',
      status: 'accepted',
    });
    await writeAndSubmit(team.khoa, question.id, '<p>Theo Nghị định về lệ phí trước bạ.</p>');
    const firstPage = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/exchanges/${exchange.id}/feed`,
          headers: { host: hostOf('hanoi') },
        })
      ).json() as { items: { title: string }[]; liveEventId: string };

    // The page read its feed, then the answer was published before it joined the stream.
    const before = await firstPage();
    expect(before.items).toEqual([]);
    await approve(question.id);

    const stream = await openSse({
      port: t.port,
      path: `/api/exchanges/${exchange.id}/events?lastEventId=${before.liveEventId}`,
    });
    const [published] = await stream.waitForEvents(1);
    expect(published?.event).toBe('answer.published');
    stream.close();

    // Read again, the feed shows it, and says so.
    const after = await firstPage();
    expect(after.items.map((item) => item.title)).toEqual(['Lệ phí trước bạ nhà đất']);
    expect(after.liveEventId).toBe(published?.id);
  });

  it('before the live start: a pre-answer is news for the desk only', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'announced',
      now: t.clock.now(),
    });
    const [early, withdrawnEarly] = await Promise.all(
      ['Bồi thường khi thu hồi đất', 'Cấp phép khai thác nước ngầm'].map((title) =>
        addQuestion(t.prisma, { exchangeId: exchange.id, title, status: 'accepted' }),
      ),
    );
    if (!early || !withdrawnEarly) throw new Error('questions missing');
    for (const question of [early, withdrawnEarly]) {
      await writeAndSubmit(team.khoa, question.id, '<p>Trả lời trước.</p>');
    }
    const { publicStream, desk } = await watchBoth(exchange.id);

    await approve(early.id);
    await approve(withdrawnEarly.id);
    const withdrawn = await team.an.request('POST', answerUrl(withdrawnEarly.id, 'unpublish'), {
      reason: 'Cần rà soát lại.',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    // Publishing one now makes it public at once, and only that one reaches the public.
    const now = await team.an.request('POST', answerUrl(early.id, 'publish-now'), {
      confirm: true,
    });
    expect(now.statusCode, now.body).toBe(200);

    await desk.waitForEvents(4);
    await publicStream.waitForEvents(1);
    const liveStart = exchange.liveStartsAt.toISOString();
    expect(summary(desk)).toEqual([
      { event: 'answer.approved', questionId: early.id, publishAt: liveStart },
      { event: 'answer.approved', questionId: withdrawnEarly.id, publishAt: liveStart },
      { event: 'answer.withdrawn', questionId: withdrawnEarly.id, publishAt: liveStart },
      { event: 'answer.published', questionId: early.id, publishAt: t.clock.now().toISOString() },
    ]);
    expect(publicSummary(publicStream)).toEqual([
      {
        event: 'answer.published',
        questionId: early.id,
        publishedAt: t.clock.now().toISOString(),
      },
    ]);
    expect(publicStream.text()).not.toContain(liveStart);
    expect(publicStream.text()).not.toContain(withdrawnEarly.id);
    publicStream.close();
    desk.close();
  });
});
