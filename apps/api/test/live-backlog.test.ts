import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  #total = 0;

  constructor(private readonly capacity: number) {}

  write(chunk: Buffer): boolean {
    this.written.push(chunk);
    this.#total += chunk.length;
    this.writableLength = Math.max(0, this.#total - this.capacity);
    return this.writableLength === 0;
  }

  end(): void {}

  destroy(): void {
    this.destroyed = true;
  }
}

const stuckSink = (capacity: number) => new StuckSink(capacity);

const frame = (id: number, size = 10): SseFrame => ({
  id: BigInt(id),
  bytes: Buffer.alloc(size, 'x'),
});

describe('a viewer’s backlog', () => {
  it('drops the viewer once its socket stops taking bytes and the unsent ones pass the limit', () => {
    const sink = stuckSink(1_000);
    const dropped: SseClient[] = [];
    const client = new SseClient(
      sink,
      { maxPendingBytes: 5_000, onDrop: (c) => dropped.push(c) },
      0n,
    );
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
});
