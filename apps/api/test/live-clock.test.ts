import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUrl, createDeskTeam, writeAndSubmit } from './support/answering.ts';
import { citizenQuestion, createExchange } from './support/fixtures.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { eventually, openSse, type SseStream } from './support/live-stream.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { hostOf } from './support/test-app.ts';
import { addQuestion } from './support/triage.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let live: Awaited<ReturnType<typeof startLiveApps>>;
let t: LiveApp;
let team: Awaited<ReturnType<typeof createDeskTeam>>;

beforeAll(async () => {
  live = await startLiveApps(1);
  t = live.apps[0] as LiveApp;
  team = await createDeskTeam(t);
  await createAdmin();
});
afterAll(async () => {
  await live?.close();
});

let admin: StaffClient;
async function createAdmin() {
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'admin@hanoi.test', roles: ['admin'] });
  admin = await signIn(t, 'hanoi', 'admin@hanoi.test');
}

/**
 * An announced exchange opening `startsIn` from now and lasting two hours, with pre-answers
 * approved now. The clock is run once, so earlier tests' news does not land on these streams.
 */
async function exchangeWithPreAnswers(startsIn: number, titles: string[]) {
  const now = t.clock.now();
  const created = await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'announced', now });
  const exchange = await t.prisma.exchange.update({
    where: { id: created.id },
    data: {
      liveStartsAt: new Date(now.getTime() + startsIn),
      liveEndsAt: new Date(now.getTime() + startsIn + 2 * HOUR),
    },
  });
  const questions = [];
  for (const title of titles) {
    const question = await addQuestion(t.prisma, {
      exchangeId: exchange.id,
      title,
      status: 'accepted',
    });
    await writeAndSubmit(team.khoa, question.id, `<p>Trả lời trước: ${title}</p>`);
    const approved = await team.an.request('POST', answerUrl(question.id, 'approve'));
    expect(approved.statusCode, approved.body).toBe(200);
    questions.push(question);
  }
  await t.app.deps.liveClock.runDue({ counters: true });
  return { exchange, questions };
}

async function watch(exchangeId: string) {
  const publicStream = await openSse({ port: t.port, path: `/api/exchanges/${exchangeId}/events` });
  const desk = await openSse({
    port: t.port,
    path: `/api/desk/exchanges/${exchangeId}/events`,
    headers: { cookie: await staffCookie(t, 'hanoi', 'an@hanoi.test') },
  });
  return { publicStream, desk };
}

/** What a page makes of its stream: state changes, and the titles that arrived. */
const seen = (stream: SseStream) =>
  stream.events.map(({ event, data }) => {
    if (event === 'exchange.changed') return `${event}:${data.reason}`;
    if (event === 'answer.published' && data.item)
      return `${event}:${(data.item as { title: string }).title}`;
    return event;
  });

/** What the admin form sends when only the given times are changed. */
async function adminUpdate(exchangeId: string, times: { liveStartsAt?: Date; liveEndsAt?: Date }) {
  const current = await admin.request('GET', `/api/admin/exchanges/${exchangeId}`);
  expect(current.statusCode, current.body).toBe(200);
  const row = current.json();
  const response = await admin.request('PUT', `/api/admin/exchanges/${exchangeId}`, {
    title: row.title,
    description: row.description,
    fieldSlugs: row.fields.map((field: { slug: string }) => field.slug),
    guests: row.guests,
    intakeOpensAt: row.schedule.intakeOpensAt,
    liveStartsAt: times.liveStartsAt?.toISOString() ?? row.schedule.liveStartsAt,
    liveEndsAt: times.liveEndsAt?.toISOString() ?? row.schedule.liveEndsAt,
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('the live clock', () => {
  it('at the live start turns the exchange live and brings every pre-answer, once, never earlier', async () => {
    const { exchange } = await exchangeWithPreAnswers(30 * MINUTE, [
      'Thủ tục tách thửa đất ở',
      'Giá đất bồi thường năm 2027',
    ]);
    const { publicStream, desk } = await watch(exchange.id);

    // A second before the opening: nothing goes out, whatever the clock is asked.
    t.clock.set(new Date(exchange.liveStartsAt.getTime() - 1_000));
    await t.app.deps.liveClock.runDue({ counters: true });
    expect(publicStream.events).toEqual([]);

    t.clock.set(exchange.liveStartsAt);
    await t.app.deps.liveClock.runDue();
    await publicStream.waitForEvents(3);
    // "Started" first; the two pre-answers share the release second, in no particular order.
    expect(seen(publicStream)[0]).toBe('exchange.changed:started');
    expect(seen(publicStream).slice(1).sort()).toEqual([
      'answer.published:Giá đất bồi thường năm 2027',
      'answer.published:Thủ tục tách thửa đất ở',
    ]);
    await desk.waitForEvents(1);
    expect(seen(desk)).toContain('exchange.changed:started');

    // Asked again at the same second, the clock has nothing more to say.
    await t.app.deps.liveClock.runDue();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(publicStream.events).toHaveLength(3);

    // At the end the page hears it is over, and the question form is refused from then on.
    t.clock.set(exchange.liveEndsAt);
    await t.app.deps.liveClock.runDue();
    await publicStream.waitForEvents(4);
    expect(seen(publicStream).at(-1)).toBe('exchange.changed:ended');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/exchanges/${exchange.id}/questions`,
      headers: { host: hostOf('hanoi'), 'idempotency-key': crypto.randomUUID() },
      payload: citizenQuestion,
    });
    expect(late.statusCode).toBe(409);
    publicStream.close();
    desk.close();
  });

  it('follows an admin who opens late and extends: one event each, and the news at the new times', async () => {
    const { exchange } = await exchangeWithPreAnswers(10 * MINUTE, ['Cấp phép xả thải']);
    const { publicStream } = await watch(exchange.id);
    const lateStart = new Date(exchange.liveStartsAt.getTime() + 30 * MINUTE);

    await adminUpdate(exchange.id, { liveStartsAt: lateStart });
    await publicStream.waitForEvents(1);
    expect(seen(publicStream)).toEqual(['exchange.changed:rescheduled']);

    // The old opening minute passes without news; the new one opens it with the pre-answer.
    t.clock.set(exchange.liveStartsAt);
    await t.app.deps.liveClock.runDue();
    expect(publicStream.events).toHaveLength(1);
    t.clock.set(lateStart);
    await t.app.deps.liveClock.runDue();
    await publicStream.waitForEvents(3);
    expect(seen(publicStream).slice(1)).toEqual([
      'exchange.changed:started',
      'answer.published:Cấp phép xả thải',
    ]);

    // Extended while live by an hour: viewers learn it at once; the old end is not the end.
    const extendedEnd = new Date(exchange.liveEndsAt.getTime() + 30 * MINUTE + HOUR);
    await adminUpdate(exchange.id, { liveEndsAt: extendedEnd });
    await publicStream.waitForEvents(4);
    expect(seen(publicStream).at(-1)).toBe('exchange.changed:rescheduled');
    t.clock.set(new Date(extendedEnd.getTime() - MINUTE));
    await t.app.deps.liveClock.runDue();
    expect(publicStream.events).toHaveLength(4);
    t.clock.set(extendedEnd);
    await t.app.deps.liveClock.runDue();
    await publicStream.waitForEvents(5);
    expect(seen(publicStream).at(-1)).toBe('exchange.changed:ended');
    publicStream.close();
  });

  it('opening early brings the pre-answers with the news of the opening, before any clock run', async () => {
    const { exchange } = await exchangeWithPreAnswers(HOUR, ['Hồ sơ đánh giá tác động môi trường']);
    const { publicStream } = await watch(exchange.id);

    await adminUpdate(exchange.id, { liveStartsAt: t.clock.now() });
    await publicStream.waitForEvents(2);
    expect(seen(publicStream)).toEqual([
      'exchange.changed:rescheduled',
      'answer.published:Hồ sơ đánh giá tác động môi trường',
    ]);
    // The clock knows the opening was announced: it does not announce it a second time.
    await t.app.deps.liveClock.runDue();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(publicStream.events).toHaveLength(2);
    publicStream.close();
  });

  it('takes released pre-answers back when an early opening is set back, and brings them at the new start', async () => {
    const title = 'Cấp phép xả thải vào nguồn nước';
    const { exchange } = await exchangeWithPreAnswers(HOUR, [title]);
    const { publicStream } = await watch(exchange.id);
    await adminUpdate(exchange.id, { liveStartsAt: t.clock.now() });
    await publicStream.waitForEvents(2);

    // Opened by mistake: the admin sets the start back to the afternoon.
    const newStart = new Date(t.clock.now().getTime() + 2 * HOUR);
    await adminUpdate(exchange.id, { liveStartsAt: newStart });
    await publicStream.waitForEvents(4);
    expect(seen(publicStream).slice(2)).toEqual([
      'answer.withdrawn',
      'exchange.changed:rescheduled',
    ]);
    // A page loaded now shows no answer, and follows the stream from the feed's event.
    const feed = await t.app.inject({
      method: 'GET',
      url: `/api/exchanges/${exchange.id}/feed`,
      headers: { host: hostOf('hanoi') },
    });
    expect(feed.json().items).toEqual([]);
    const fresh = await openSse({
      port: t.port,
      path: `/api/exchanges/${exchange.id}/events?lastEventId=${feed.json().liveEventId}`,
    });

    // At the new start the live clock brings the pre-answer to both pages.
    t.clock.set(newStart);
    await t.app.deps.liveClock.runDue();
    for (const stream of [publicStream, fresh]) {
      await eventually(() => seen(stream).includes(`answer.published:${title}`));
    }
    expect(seen(fresh).filter((event) => event.startsWith('answer.published'))).toHaveLength(1);
    publicStream.close();
    fresh.close();
  });

  it('sends the counters while live when they move, and not when they stand still', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    await addQuestion(t.prisma, { exchangeId: exchange.id, title: 'Câu hỏi thứ nhất' });
    await t.app.deps.liveClock.runDue({ counters: true });
    const { publicStream } = await watch(exchange.id);

    await t.app.deps.liveClock.runDue({ counters: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(publicStream.events).toEqual([]);

    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/exchanges/${exchange.id}/questions`,
      headers: { host: hostOf('hanoi'), 'idempotency-key': crypto.randomUUID() },
      payload: citizenQuestion,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    await t.app.deps.liveClock.runDue({ counters: true });
    await publicStream.waitForEvents(1);
    expect(publicStream.events.map(({ event, data }) => ({ event, ...data }))).toEqual([
      { event: 'exchange.counters', questions: 2, answered: 0 },
    ]);
    publicStream.close();
  });

  it('tells open pages at once when an exchange is cancelled', async () => {
    const { exchange } = await exchangeWithPreAnswers(HOUR, []);
    const { publicStream, desk } = await watch(exchange.id);
    const cancelled = await admin.request('POST', `/api/admin/exchanges/${exchange.id}/cancel`, {
      reason: 'Lãnh đạo Sở có lịch công tác đột xuất.',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await publicStream.waitForEvents(1);
    await desk.waitForEvents(1);
    expect(seen(publicStream)).toEqual(['exchange.changed:cancelled']);
    expect(seen(desk)).toEqual(['exchange.changed:cancelled']);
    publicStream.close();
    desk.close();
  });
});
