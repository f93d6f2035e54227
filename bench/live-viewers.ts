/**
 * Child process of bench/live.ts: the audience. Each viewer is a raw TCP socket that sends the
 * GET an EventSource sends and reads the stream; an HTTP client per viewer would cost this
 * process more than the server being measured. For every event it notes how many viewers got
 * it and when the last of them did (process.hrtime.bigint, read once per received chunk).
 */
import net from 'node:net';
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import { eventIdOf, publishTimeOf, SseFrameScanner } from './sse-frame-scanner.ts';

export type Receipt = { id: number; count: number; t: bigint | null; last: bigint };
export type ConnectResult = { connected: number; failed: number; ms: number; error?: string };

const sockets = new Set<net.Socket>();
// Every socket reads into this one buffer (net's `onread`): no allocation per chunk, which at
// ten thousand viewers would make this process, not the server, the slowest part. Safe because
// each chunk is handled synchronously; the scanner copies what it has to keep.
const readBuffer = Buffer.alloc(64 * 1024);
const receipts = new Map<number, Receipt>();
// Viewers whose stream the server ended or cut while they were meant to be following it.
let cut = 0;

function record(frame: Buffer, now: bigint): void {
  const id = eventIdOf(frame);
  if (id < 0) return;
  const receipt = receipts.get(id);
  if (receipt) {
    receipt.count++;
    receipt.last = now;
  } else {
    // The frames of one event are the same bytes for everyone: read its time from the first.
    receipts.set(id, { id, count: 1, t: publishTimeOf(frame), last: now });
  }
}

/** Opens one viewer; resolves once its stream is open (the first frame, "retry:", is in). */
function openViewer(options: { port: number; path: string; host: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const scanner = new SseFrameScanner();
    let open = false;
    const onChunk = (chunk: Buffer) => {
      const now = process.hrtime.bigint();
      scanner.push(chunk, (frame) => {
        if (open) {
          record(frame, now);
        } else if (frame.toString('latin1', 0, 13) === 'HTTP/1.1 200 ') {
          open = true;
          sockets.add(socket);
          resolve();
        } else {
          socket.destroy();
          reject(new Error(`stream refused: ${frame.toString('latin1', 0, 200)}`));
        }
      });
    };
    const socket = net.connect({
      host: '127.0.0.1',
      port: options.port,
      onread: {
        buffer: readBuffer,
        // true: keep reading (false would pause the socket).
        callback: (size) => {
          onChunk(readBuffer.subarray(0, size));
          return true;
        },
      },
    });
    socket.on('connect', () => {
      socket.write(
        `GET ${options.path} HTTP/1.1\r\nHost: ${options.host}\r\n` +
          'Accept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n',
      );
    });
    socket.on('error', (error) => {
      if (!open) reject(error);
    });
    socket.on('close', () => {
      if (sockets.delete(socket)) cut++;
    });
  });
}

/** Opens `count` viewers, `concurrency` at a time, as an audience arriving at once would. */
async function connect(options: {
  port: number;
  path: string;
  host: string;
  count: number;
  concurrency: number;
}): Promise<ConnectResult> {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  let error: string | undefined;
  const lane = async () => {
    while (next < options.count) {
      next++;
      try {
        await openViewer(options);
      } catch (cause) {
        failed++;
        error ??= String(cause);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  cut = 0;
  return { connected: sockets.size, failed, ms: performance.now() - started, error };
}

/** Closes every viewer and waits until their sockets are gone. */
async function disconnect(): Promise<void> {
  const closing = [...sockets].map(
    (socket) => new Promise((resolve) => socket.once('close', resolve)),
  );
  for (const socket of sockets) {
    sockets.delete(socket);
    socket.destroy();
  }
  await Promise.all(closing);
}

const busy = busyMeter();

answerParent({
  connect,
  disconnect,
  /** What was received since the last call, viewers cut and the CPU used meanwhile. */
  take: () => {
    const taken = { receipts: [...receipts.values()], cut, open: sockets.size, busy: busy() };
    receipts.clear();
    cut = 0;
    return taken;
  },
  peek: () => [...receipts.values()].map(({ id, count }) => ({ id, count })),
});
