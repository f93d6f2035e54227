import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveChannel } from '../src/generated/prisma/client.ts';
import { LiveHub } from '../src/modules/live/live-hub.ts';
import { createExchange } from './support/fixtures.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { appendEvent } from './support/live-events.ts';
import { eventually, openSse, type SseStream } from './support/live-stream.ts';
import { createStaff } from './support/staff.ts';

let live: Awaited<ReturnType<typeof startLiveApps>>;
let t: LiveApp;
let hanoiId: string;
let exchangeId: string;
let danangExchangeId: string;
let expertCookie: string;

beforeAll(async () => {
  live = await startLiveApps(1);
  t = live.apps[0] as LiveApp;
  const now = t.clock.now();
  const exchange = await createExchange(t.prisma, { tenantSlug: 'hanoi', kind: 'live', now });
  exchangeId = exchange.id;
  hanoiId = exchange.tenantId;
  danangExchangeId = (await createExchange(t.prisma, { tenantSlug: 'danang', kind: 'live', now }))
    .id;
  await createStaff(t.prisma, { tenantSlug: 'hanoi', email: 'khoa@hanoi.test', roles: ['expert'] });
  expertCookie = await staffCookie(t, 'hanoi', 'khoa@hanoi.test');
});
afterAll(async () => {
  await live?.close();
});

const open: SseStream[] = [];
function watch(path: string, headers: Record<string, string> = {}, slug = 'hanoi') {
  return openSse({ port: t.port, path, slug, headers }).then((stream) => {
    open.push(stream);
    return stream;
  });
}
const publicPath = (id = exchangeId) => `/api/exchanges/${id}/events`;
const staffPath = (id = exchangeId) => `/api/desk/exchanges/${id}/events`;

/** Appends one event the way domain code does, in a transaction of its own. */
function append(type: string, channel: LiveChannel = 'public', id = exchangeId) {
  return appendEvent(t.prisma, {
    tenantId: hanoiId,
    exchangeId: id,
    channel,
    type,
    payload: { type },
  });
}

afterAll(() => {
  for (const stream of open) stream.close();
});

describe('the public stream', () => {
  it('starts with a retry hint and delivers an event appended after connecting', async () => {
    const newest = await append('answer.published');
    const stream = await watch(publicPath());
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    // The id the viewer starts after, which EventSource keeps for its own reconnects.
    expect(stream.text()).toBe(`retry: 3000\nid: ${newest}\n\n`);

    const id = await append('answer.published');
    const [event] = await stream.waitForEvents(1);
    expect(event).toEqual({ id, event: 'answer.published', data: { type: 'answer.published' } });
    stream.close();
  });

  it('sends each event as plain SSE bytes, the body running until the connection closes', async () => {
    const newest = await append('answer.published');
    const socket = net.connect(t.port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.write(
      `GET ${publicPath()} HTTP/1.1\r\nHost: hanoi.localhost\r\nAccept: text/event-stream\r\n\r\n`,
    );
    await eventually(() => received.includes('\r\n\r\n'));

    const [head = '', body = ''] = received.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head.toLowerCase()).not.toContain('transfer-encoding');
    expect(head.toLowerCase()).toContain('connection: close');
    // Nothing but the stream's own bytes: no chunk sizes between them.
    expect(body).toBe(`retry: 3000\nid: ${newest}\n\n`);

    const id = await append('answer.published');
    const frame = `id: ${id}\nevent: answer.published\ndata: {"type":"answer.published"}\n\n`;
    await eventually(() => received.endsWith(frame));
    expect(received.split('\r\n\r\n')[1]).toBe(`retry: 3000\nid: ${newest}\n\n${frame}`);
    socket.destroy();
  });

  it('never carries staff events, and the staff stream never carries public ones', async () => {
    const publicStream = await watch(publicPath());
    const staffStream = await watch(staffPath(), { cookie: expertCookie });
    expect(staffStream.status).toBe(200);

    const staffOnly = await append('question.created', 'staff');
    const forAll = await append('answer.published', 'public');
    const staffAgain = await append('question.claimed', 'staff');

    await publicStream.waitForEvents(1);
    await staffStream.waitForEvents(2);
    // One more public event proves the public stream had its chance to show the staff ones.
    const last = await append('answer.withdrawn', 'public');
    await publicStream.waitForEvents(2);
    expect(publicStream.events.map((event) => event.id)).toEqual([forAll, last]);
    expect(staffStream.events.map((event) => event.id)).toEqual([staffOnly, staffAgain]);
    publicStream.close();
    staffStream.close();
  });

  it('answers 404 for another department’s exchange, an unknown one, and one not announced', async () => {
    const draft = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'draft',
      now: t.clock.now(),
    });
    const rehearsal = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'rehearsal',
      now: t.clock.now(),
    });
    for (const id of [danangExchangeId, draft.id, rehearsal.id, crypto.randomUUID()]) {
      const stream = await watch(publicPath(id));
      expect(stream.status, id).toBe(404);
      expect(JSON.parse(stream.text())).toMatchObject({ code: 'exchange_not_found' });
    }
    const danangFromItsOwnHost = await watch(publicPath(danangExchangeId), {}, 'danang');
    expect(danangFromItsOwnHost.status).toBe(200);
    danangFromItsOwnHost.close();
  });
});

describe('the staff stream', () => {
  it('needs a signed-in staff member of the department', async () => {
    const anonymous = await watch(staffPath());
    expect(anonymous.status).toBe(401);

    await createStaff(t.prisma, {
      tenantSlug: 'danang',
      email: 'nam@danang.test',
      roles: ['leader'],
    });
    const danangCookie = await staffCookie(t, 'danang', 'nam@danang.test');
    const otherDepartment = await watch(staffPath(), { cookie: danangCookie }, 'danang');
    expect(otherDepartment.status).toBe(404);
    // A session of one department is not a session on another's host.
    const wrongHost = await watch(staffPath(), { cookie: danangCookie });
    expect(wrongHost.status).toBe(401);
  });
});

describe('reconnecting with Last-Event-ID', () => {
  it('replays exactly the missed events, then live ones, when nobody else kept the stream open', async () => {
    const first = await watch(publicPath());
    const seen = await append('one');
    await first.waitForEvents(1);
    first.close();

    const missed = [await append('two'), await append('three'), await append('four')];
    const again = await watch(publicPath(), { 'last-event-id': seen });
    await again.waitForEvents(3);
    const liveOne = await append('five');
    await again.waitForEvents(4);
    expect(again.events.map((event) => event.id)).toEqual([...missed, liveOne]);
    again.close();
  });

  it('replays from memory while other viewers keep the stream open, also with ?lastEventId=', async () => {
    const keeper = await watch(publicPath());
    const leaver = await watch(publicPath());
    const seen = await append('a');
    await leaver.waitForEvents(1);
    leaver.close();

    const missed = [await append('b'), await append('c')];
    await keeper.waitForEvents(3);
    const back = await watch(`${publicPath()}?lastEventId=${seen}`);
    await back.waitForEvents(2);
    const liveOne = await append('d');
    await back.waitForEvents(3);
    expect(back.events.map((event) => event.id)).toEqual([...missed, liveOne]);
    keeper.close();
    back.close();
  });

  it('loses and repeats nothing while events keep coming during the reconnect', async () => {
    const before = await append('before');
    const written: string[] = [];
    const writer = (async () => {
      for (let index = 0; index < 40; index++) {
        written.push(await append('burst'));
        // PGlite answers without ever reaching the timers phase; let the viewers connect too.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const streams = await Promise.all(
      Array.from({ length: 5 }, () => watch(publicPath(), { 'last-event-id': before })),
    );
    await writer;
    const after = await append('after');
    const expected = [...written, after];

    for (const stream of streams) {
      await stream.waitForEvents(expected.length);
      expect(stream.events.map((event) => event.id)).toEqual(expected);
      stream.close();
    }
  });

  it('loses nothing when a viewer that had no event yet is reconnected by the browser', async () => {
    const first = await watch(publicPath());
    const startedAfter = /\nid: (\d+)\n/.exec(first.text())?.[1];
    expect(startedAfter).toBeDefined();
    first.close();

    // While the connection is down (a proxy restart, a redeploy), an answer is published.
    const missed = await append('answer.published');
    // EventSource reconnects by itself with the id it was given at the opening.
    const again = await watch(publicPath(), { 'last-event-id': startedAfter as string });
    const [event] = await again.waitForEvents(1);
    expect(event?.id).toBe(missed);
  });

  it('ignores a Last-Event-ID that is not an event id', async () => {
    const stream = await watch(publicPath(), { 'last-event-id': 'nonsense' });
    const id = await append('fresh');
    await stream.waitForEvents(1);
    expect(stream.events.map((event) => event.id)).toEqual([id]);
    stream.close();
  });
});

describe('heartbeats', () => {
  /** A hub of its own with one viewer of the exchange's public stream, whose bytes are kept. */
  async function recordedViewer(heartbeatMs: number) {
    const hub = new LiveHub({
      prisma: t.prisma,
      log: t.app.log,
      heartbeatMs,
      maxPendingBytes: 256 * 1024,
      recentFrames: 16,
    });
    const written: string[] = [];
    const sink = {
      writableLength: 0,
      write: (chunk: Buffer) => written.push(chunk.toString('utf8')) > 0,
      end: () => {},
      destroy: () => {},
    };
    const subscription = await hub.subscribe({
      exchangeId,
      channel: 'public',
      sink,
      lastEventId: undefined,
    });
    return { hub, written, subscription };
  }

  it('reach every idle viewer as comment lines, which EventSource ignores', async () => {
    const { hub, written, subscription } = await recordedViewer(30);
    await new Promise((resolve) => setTimeout(resolve, 100));
    hub.close();
    subscription.leave();

    expect(written[0]).toMatch(/^retry: 3000\nid: \d+\n\n$/);
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(new Set(written.slice(1))).toEqual(new Set([':\n\n']));
  });

  it('are left out while events keep a stream busy, and come back once it is quiet', async () => {
    const { hub, written, subscription } = await recordedViewer(200);

    // Four heartbeat periods with an event every few milliseconds, as in a live hour's rush.
    const busyUntil = Date.now() + 800;
    while (Date.now() < busyUntil) {
      await append('answer.published');
      hub.wake(exchangeId);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await eventually(() => written.filter((chunk) => chunk.includes('event: ')).length > 0);
    const duringRush = written.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    hub.close();
    subscription.leave();

    const rush = written.slice(0, duringRush);
    expect(
      rush.filter((chunk) => chunk.includes('event: answer.published')).length,
    ).toBeGreaterThan(10);
    expect(rush).not.toContain(':\n\n');
    expect(written.slice(duringRush)).toContain(':\n\n');
  });
});
