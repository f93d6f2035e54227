import net from 'node:net';
import { percentile } from './percentile.ts';

export type LoadOptions = {
  port: number;
  /** Keep-alive connections, each with one request in flight (no pipelining), like browsers. */
  connections: number;
  durationMs: number;
  /** The bytes of the next request: a whole HTTP/1.1 request with keep-alive. */
  nextRequest: () => Buffer;
};

export type LoadResult = {
  completed: number;
  elapsedMs: number;
  /** Responses per status code, e.g. { "200": 51234 }. */
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Every response's latency, so that runs in several rounds can be summed up exactly. */
  latenciesMs: Float64Array;
};

/**
 * A closed-loop load generator in the manner of autocannon: each connection sends a request,
 * reads the whole response (head, then Content-Length bytes), and sends the next until the time
 * is up. Raw sockets and a shared read buffer keep its own cost per request small, because on a
 * two-core machine it shares the CPU with the server it measures.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + options.durationMs;
  const lanes = Array.from({ length: options.connections }, () =>
    runConnection(options, deadline, (status, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.push(ms);
    }),
  );
  await Promise.all(lanes);
  return {
    completed: latencies.length,
    elapsedMs: performance.now() - started,
    statuses,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.reduce((max, ms) => Math.max(max, ms), 0),
    latenciesMs: Float64Array.from(latencies),
  };
}

const readBuffer = Buffer.alloc(256 * 1024);

function runConnection(
  options: LoadOptions,
  deadline: number,
  onResponse: (status: number, ms: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let head: Buffer | null = null;
    // Body bytes still to come; -1 while the head is being read.
    let remaining = -1;
    let status = 0;
    let sentAt = 0;

    const send = () => {
      head = Buffer.alloc(0);
      remaining = -1;
      sentAt = performance.now();
      socket.write(options.nextRequest());
    };
    const onChunk = (chunk: Buffer) => {
      if (remaining < 0) {
        const bytes: Buffer = Buffer.concat([head ?? Buffer.alloc(0), chunk]);
        const end = bytes.indexOf('\r\n\r\n');
        if (end < 0) {
          head = bytes;
          return;
        }
        const text = bytes.toString('latin1', 0, end);
        const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1];
        if (length === undefined) throw new Error(`response without Content-Length: ${text}`);
        status = Number(text.slice(9, 12));
        remaining = Number(length) - (bytes.length - end - 4);
      } else {
        remaining -= chunk.length;
      }
      if (remaining < 0) throw new Error('more bytes than announced: pipelining is not expected');
      if (remaining > 0) return;
      onResponse(status, performance.now() - sentAt);
      if (performance.now() < deadline) send();
      else socket.end();
    };

    const socket = net.connect({
      host: '127.0.0.1',
      port: options.port,
      noDelay: true,
      onread: {
        buffer: readBuffer,
        // true: keep reading (false would pause the socket).
        callback: (size) => {
          try {
            onChunk(readBuffer.subarray(0, size));
          } catch (error) {
            socket.destroy(error as Error);
          }
          return true;
        },
      },
    });
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('close', () => resolve());
  });
}
