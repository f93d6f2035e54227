import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { LiveHub } from '../src/modules/live/live-hub.ts';
import { openEventStream } from '../src/modules/live/open-event-stream.ts';
import type { SseSink } from '../src/modules/live/sse-client.ts';

const EXCHANGE_ID = '3f1e2d4c-5b6a-4789-8abc-0123456789ab';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quietLog = {
  error: () => {},
  warn: () => {},
  info: () => {},
} as unknown as FastifyBaseLogger;

/** A sink that records what the hub writes to it. */
function recordingSink(): SseSink & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    writableLength: 0,
    write: (chunk: Buffer) => written.push(chunk.toString('utf8')) > 0,
    end: () => {},
    destroy: () => {},
  };
}

describe('viewers who are gone are not kept', () => {
  it('does not join a viewer who left while the exchange was being looked up', async () => {
    const subscribe = vi.fn();
    let opened: Promise<void> = Promise.resolve();

    // The handler runs its look-ups slowly; the phone gives up and closes the connection first.
    const server = http.createServer((request, response) => {
      opened = new Promise<void>((done) => {
        request.socket.once('close', () => {
          const fastifyRequest = { id: 'req-1', log: quietLog, raw: request };
          const reply = { getHeaders: () => ({}), hijack: () => {}, raw: response };
          void openEventStream({
            hub: { subscribe } as unknown as LiveHub,
            request: fastifyRequest as unknown as FastifyRequest,
            reply: reply as unknown as FastifyReply,
            exchangeId: EXCHANGE_ID,
            channel: 'public',
            lastEventId: undefined,
          }).then(done);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const client = http.get({ host: '127.0.0.1', port, path: '/events' });
    client.on('error', () => {});
    await sleep(50);
    client.destroy();
    await sleep(50);
    await opened;
    server.close();

    expect(subscribe).not.toHaveBeenCalled();
  });

  it('lets go of a reconnecting viewer whose replay from the database failed', async () => {
    // The exchange's newest event is 100; the viewer last saw 5, older than anything in memory,
    // so the hub replays from the database, which fails (say, the pool timed out in a storm).
    const prisma = {
      liveEvent: { findFirst: async () => ({ id: 100n }), findMany: () => ({}) },
      $executeRaw: () => ({}),
      $transaction: async () => {
        throw new Error('connection pool timed out');
      },
    } as unknown as PrismaClient;
    const hub = new LiveHub({
      prisma,
      log: quietLog,
      heartbeatMs: 20,
      maxPendingBytes: 1_024,
      recentFrames: 4,
    });
    const sink = recordingSink();

    await expect(
      hub.subscribe({ exchangeId: EXCHANGE_ID, channel: 'public', sink, lastEventId: 5n }),
    ).rejects.toThrow('connection pool timed out');
    const writtenWhenRefused = sink.written.length;
    await sleep(100);
    hub.close();

    // Five heartbeats went by: a viewer still held by the hub would have been sent them.
    expect(sink.written.length).toBe(writtenWhenRefused);
  });
});
