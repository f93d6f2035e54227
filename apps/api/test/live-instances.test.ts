import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../src/modules/live/pg-live-listener.ts';
import { citizenQuestion, createExchange } from './support/fixtures.ts';
import { type LiveApp, staffCookie, startLiveApps } from './support/live-app.ts';
import { appendEvent } from './support/live-events.ts';
import { eventually, openSse } from './support/live-stream.ts';
import { createStaff } from './support/staff.ts';
import { hostOf } from './support/test-app.ts';

let live: Awaited<ReturnType<typeof startLiveApps>>;
let writer: LiveApp;
let reader: LiveApp;
let exchangeId: string;
let tenantId: string;

beforeAll(async () => {
  live = await startLiveApps(2);
  [writer, reader] = live.apps as [LiveApp, LiveApp];
  const exchange = await createExchange(writer.prisma, {
    tenantSlug: 'hanoi',
    kind: 'live',
    now: writer.clock.now(),
  });
  exchangeId = exchange.id;
  tenantId = exchange.tenantId;
});
afterAll(async () => {
  await live?.close();
});

const appendThrough = (app: LiveApp, type: string) =>
  appendEvent(app.prisma, { tenantId, exchangeId, channel: 'public', type, payload: { type } });

describe('two instances on one database', () => {
  it('deliver an event written through one to a viewer of the other', async () => {
    const viewer = await openSse({
      port: reader.port,
      path: `/api/exchanges/${exchangeId}/events`,
    });
    const id = await appendThrough(writer, 'answer.published');
    await viewer.waitForEvents(1);
    expect(viewer.events).toEqual([
      { id, event: 'answer.published', data: { type: 'answer.published' } },
    ]);
    viewer.close();
  });

  it('bring a question sent to one instance to the desk watching the other', async () => {
    await createStaff(writer.prisma, {
      tenantSlug: 'hanoi',
      email: 'thu@hanoi.test',
      roles: ['moderator'],
    });
    const desk = await openSse({
      port: reader.port,
      path: `/api/desk/exchanges/${exchangeId}/events`,
      headers: { cookie: await staffCookie(reader, 'hanoi', 'thu@hanoi.test') },
    });

    const sent = await writer.app.inject({
      method: 'POST',
      url: `/api/exchanges/${exchangeId}/questions`,
      headers: { host: hostOf('hanoi') },
      payload: citizenQuestion,
    });
    expect(sent.statusCode, sent.body).toBe(201);

    const [event] = await desk.waitForEvents(1);
    const stored = await writer.prisma.question.findFirstOrThrow({ where: { exchangeId } });
    expect(event?.event).toBe('question.created');
    expect(event?.data).toEqual({
      id: stored.id,
      title: 'Hỏi về thủ tục cấp sổ đỏ',
      status: stored.status,
    });
    expect(desk.text()).not.toMatch(/example\.vn|0912|Nguyễn Thị Lan/);
    desk.close();
  });
});

// PGlite lives inside this process: there is no server connection there to lose.
if (process.env.DATABASE_URL) {
  describe('the LISTEN connection', () => {
    it('comes back after the server drops it, and catches up on what it missed', async () => {
      const viewer = await openSse({
        port: reader.port,
        path: `/api/exchanges/${exchangeId}/events`,
      });
      const listeners = () =>
        writer.prisma.$queryRaw<{ pid: number }[]>`
          SELECT pid FROM pg_stat_activity
          WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
      const before = (await listeners()).map((row) => row.pid);
      expect(before).toHaveLength(2);

      await writer.prisma.$queryRaw`
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
      // Written while nobody listens: its NOTIFY is lost, the reconnect must make up for it.
      const missed = await appendThrough(writer, 'while.down');

      await eventually(async () => {
        const now = (await listeners()).map((row) => row.pid);
        return now.length === 2 && now.every((pid) => !before.includes(pid));
      });
      const after = await appendThrough(writer, 'after.reconnect');
      // Well inside the 15 s heartbeat, so the catch-up is the reconnect's doing.
      await viewer.waitForEvents(2, 5_000);
      expect(viewer.events.map((event) => event.id)).toEqual([missed, after]);
      viewer.close();
    });
  });
}
