import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub } from '../src/modules/live/live-hub.ts';
import { SseClient, type SseSink } from '../src/modules/live/sse-client.ts';
import type { SseFrame } from '../src/modules/live/sse-frame.ts';
import { createExchange } from './support/fixtures.ts';
import { type LiveApp, startLiveApps } from './support/live-app.ts';
import { appendEvent } from './support/live-events.ts';
import { openSse } from './support/live-stream.ts';

/** A socket that takes `capacity` bytes and then holds everything else in memory. */
class StuckSink implements SseSink {
  written: Buffer[] = [];
  writableLength = 0;
  destroyed = false;
  ended = false;
  #total = 0;

  constructor(private capacity: number) {}

  write(chunk: Buffer): boolean {
    this.written.push(chunk);
    this.#total += chunk.length;
    this.writableLength = Math.max(0, this.#total - this.capacity);
    return this.writableLength === 0;
  }

  /** The socket takes everything waiting (the phone is reading again). */
  flush(): void {
    this.capacity = this.#total;
    this.writableLength = 0;
  }

  end(): void {
    this.ended = true;
  }

  destroy(): void {
    this.destroyed = true;
  }
}

const stuckSink = (capacity: number) => new StuckSink(capacity);

/** A viewer with no event yet and a 5,000-byte backlog limit, and the list its drop goes to. */
function watchedClient(sink: SseSink) {
  const dropped: SseClient[] = [];
  const client = new SseClient(
    sink,
    { maxPendingBytes: 5_000, onDrop: (c) => dropped.push(c) },
    0n,
  );
  return { client, dropped };
}

const frame = (id: number, size = 10): SseFrame => ({
  id: BigInt(id),
  bytes: Buffer.alloc(size, 'x'),
});

describe('a viewer’s backlog', () => {
  it('drops the viewer once its socket stops taking bytes and the unsent ones pass the limit', () => {
    const sink = stuckSink(1_000);
    const { client, dropped } = watchedClient(sink);
    client.goLive();

    // 1,000 bytes flushed and 5,000 held is the limit itself; the 7th event still goes out and
    // passes it, and the 8th finds the viewer stuck.
    for (let id = 1; id <= 7; id++) client.deliver(frame(id, 1_000));
    expect(dropped).toEqual([]);
    client.deliver(frame(8, 1_000));
    expect(dropped).toEqual([client]);
    expect(sink.destroyed).toBe(true);

    // A dropped viewer is written to no more.
    client.deliver(frame(9, 1_000));
    expect(sink.written).toHaveLength(7);
  });

  it('holds live events during the replay within the same bound, and sends each id once', () => {
    const sink = stuckSink(Number.POSITIVE_INFINITY);
    const client = new SseClient(sink, { maxPendingBytes: 100, onDrop: () => {} }, 2n);
    client.deliver(frame(4));
    client.deliver(frame(5));
    client.replay(frame(3));
    client.replay(frame(4));
    client.goLive();
    client.deliver(frame(5));
    client.deliver(frame(6));
    expect(sink.written.length).toBe(4);
    expect(client.lastSentId).toBe(6n);

    const flooded = new SseClient(stuckSink(0), { maxPendingBytes: 100, onDrop: () => {} }, 0n);
    // Before goLive: these wait in the client's own queue, which has the same bound.
    for (let id = 1; id <= 11; id++) flooded.deliver(frame(id));
    expect(flooded.closed).toBe(true);
  });
});

describe('a viewer catching up', () => {
  it('is not dropped for the backlog of its own replay, only for falling behind after it', () => {
    const sink = stuckSink(1_000);
    const { client, dropped } = watchedClient(sink);
    // Back from a long spell in a pocket: 20 KB missed, four times the backlog limit.
    for (let id = 1; id <= 20; id++) client.replay(frame(id, 1_000));
    client.goLive();
    client.deliver(frame(21, 1_000));
    expect(dropped).toEqual([]);

    // The socket then takes nothing more: live events beyond the replay's own bytes mark it.
    for (let id = 22; id <= 40; id++) client.deliver(frame(id, 1_000));
    expect(dropped).toEqual([client]);
    expect(sink.written.length).toBeLessThan(40);
  });

  it('counts the replay only until the backlog is back under the limit', () => {
    const sink = stuckSink(0);
    const { client, dropped } = watchedClient(sink);
    for (let id = 1; id <= 20; id++) client.replay(frame(id, 1_000));
    client.goLive();
    sink.flush();
    client.deliver(frame(21, 1_000));

    // Caught up: from here on a stuck socket is dropped at the usual limit.
    for (let id = 22; id <= 28; id++) client.deliver(frame(id, 1_000));
    expect(dropped).toEqual([client]);
  });
});

describe('a viewer that stops reading', () => {
  let live: Awaited<ReturnType<typeof startLiveApps>>;
  let t: LiveApp;
  let exchangeId: string;
  let tenantId: string;

  beforeAll(async () => {
    live = await startLiveApps(1);
    t = live.apps[0] as LiveApp;
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    exchangeId = exchange.id;
    tenantId = exchange.tenantId;
  });
  afterAll(async () => {
    await live?.close();
  });

  it('is disconnected, while a viewer that keeps up gets every event', async () => {
    const path = `/api/exchanges/${exchangeId}/events`;
    const healthy = await openSse({ port: t.port, path });

    const stuck = net.connect({ host: '127.0.0.1', port: t.port });
    await new Promise((resolve) => stuck.once('connect', resolve));
    stuck.write(
      `GET ${path} HTTP/1.1\r\nHost: hanoi.localhost\r\nAccept: text/event-stream\r\n\r\n`,
    );
    let received = 0;
    const ended = new Promise<void>((resolve) => stuck.once('close', () => resolve()));
    stuck.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    stuck.on('error', () => {});
    // Read the head, so the viewer has joined, then stop reading altogether.
    await new Promise((resolve) => stuck.once('data', resolve));
    stuck.pause();

    // 400 events of 32 KB, 12.8 MB in all: far more than the kernel's socket buffers and the
    // 256 KB backlog, while one reader in this same process keeps up with them.
    const big = 'đ'.repeat(16_000);
    const count = 400;
    for (let index = 0; index < count; index++) {
      await appendEvent(t.prisma, {
        tenantId,
        exchangeId,
        channel: 'public',
        type: 'answer.published',
        payload: { index, big },
      });
      // PGlite answers without passing through the event loop's I/O phase: let the healthy
      // viewer (in this same process) read, as a separate browser would.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await healthy.waitForEvents(count, 20_000);

    stuck.resume();
    await ended;
    expect(received).toBeLessThan(count * Buffer.byteLength(big));
    healthy.close();
  });

  it('far behind, is replayed a few backlogs at a time, each connection ended cleanly', async () => {
    const exchange = await createExchange(t.prisma, {
      tenantSlug: 'hanoi',
      kind: 'live',
      now: t.clock.now(),
    });
    const ids: bigint[] = [];
    for (let index = 0; index < 30; index++) {
      const id = await appendEvent(t.prisma, {
        tenantId: exchange.tenantId,
        exchangeId: exchange.id,
        channel: 'public',
        type: 'answer.published',
        payload: { index, text: 'x'.repeat(1_000) },
      });
      ids.push(BigInt(id));
    }
    // Nothing of it is in memory: the replay reads the database.
    const hub = new LiveHub({
      prisma: t.prisma,
      log: t.app.log,
      heartbeatMs: 60_000,
      maxPendingBytes: 2_000,
      recentFrames: 2,
    });
    const fromTheStart = (ids[0] as bigint) - 1n;

    const slow = stuckSink(1_000);
    await hub.subscribe({
      exchangeId: exchange.id,
      channel: 'public',
      sink: slow,
      lastEventId: fromTheStart,
    });
    // Ended, not destroyed: the bytes queued still reach the browser, which comes back for more.
    expect(slow.ended).toBe(true);
    expect(slow.destroyed).toBe(false);
    const firstPart = slow.written.slice(1).map(eventIdIn);
    expect(firstPart.length).toBeGreaterThan(4);
    expect(firstPart.length).toBeLessThan(30);
    expect(firstPart).toEqual(ids.slice(0, firstPart.length));

    // The browser reconnects with the last id it received and gets the rest.
    const fast = stuckSink(Number.POSITIVE_INFINITY);
    const subscription = await hub.subscribe({
      exchangeId: exchange.id,
      channel: 'public',
      sink: fast,
      lastEventId: firstPart.at(-1),
    });
    expect(fast.written.slice(1).map(eventIdIn)).toEqual(ids.slice(firstPart.length));
    subscription.leave();
    hub.close();
  });
});

/** The id of an event frame as written. */
function eventIdIn(bytes: Buffer): bigint {
  const id = /^id: (\d+)$/m.exec(bytes.toString('utf8'))?.[1];
  if (id === undefined) throw new Error(`not an event frame: ${bytes.toString('utf8')}`);
  return BigInt(id);
}
