import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { percentile } from './percentile.ts';
import { questionBody } from './question-requests.ts';
import { SseFrameScanner } from './sse-frame-scanner.ts';

export type DeskArrivals = {
  /** Probe questions sent, answered 2xx, and seen on the officer's stream. */
  sent: number;
  accepted: number;
  arrived: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
};

/**
 * An officer's view of the rush: while the load runs, a moderator follows the exchange's staff
 * stream (real SSE over HTTP, with the session cookie), and every `intervalMs` a probe question
 * is sent like any citizen's. For each probe, the time from sending it to its `question.created`
 * event on the officer's stream is what the desk promises to keep under a second.
 */
export async function watchDeskArrivals(options: {
  port: number;
  host: string;
  exchangeId: string;
  cookie: string;
  intervalMs: number;
  /** Resolves when the rush is over; probes stop then. */
  until: Promise<unknown>;
}): Promise<DeskArrivals> {
  const seenAt = new Map<string, number>();
  const stream = await followStaffStream(options, (title) => seenAt.set(title, performance.now()));

  const sentAt = new Map<string, number>();
  const posts: Promise<number>[] = [];
  let running = true;
  void options.until.finally(() => {
    running = false;
  });
  for (let n = 1; running; n++) {
    const title = `Câu hỏi thăm dò bàn trả lời số ${n}`;
    sentAt.set(title, performance.now());
    posts.push(postQuestion(options, title, n));
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
  const statuses = await Promise.all(posts);

  // The last probes may still be on their way to the desk.
  const deadline = performance.now() + 5_000;
  while (seenAt.size < sentAt.size && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  stream.destroy();

  const latencies = [...sentAt]
    .filter(([title]) => seenAt.has(title))
    .map(([title, at]) => (seenAt.get(title) as number) - at);
  return {
    sent: sentAt.size,
    accepted: statuses.filter((status) => status >= 200 && status < 300).length,
    arrived: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: Math.max(0, ...latencies),
  };
}

/** Opens the staff stream; resolves once its head arrived, calls `onQuestion` per new question. */
function followStaffStream(
  options: { port: number; host: string; exchangeId: string; cookie: string },
  onQuestion: (title: string) => void,
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: options.port,
        path: `/api/desk/exchanges/${options.exchangeId}/events`,
        headers: { host: options.host, cookie: options.cookie, accept: 'text/event-stream' },
      },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`staff stream: ${response.statusCode}`));
          return;
        }
        const scanner = new SseFrameScanner();
        response.on('data', (chunk: Buffer) =>
          scanner.push(chunk, (frame) => {
            const text = frame.toString('utf8');
            if (!text.includes('event: question.created')) return;
            const data = /^data: (.*)$/m.exec(text)?.[1];
            if (data) onQuestion(JSON.parse(data).title);
          }),
        );
        response.on('error', () => {});
        resolve(request);
      },
    );
    request.on('error', reject);
  });
}

function postQuestion(
  options: { port: number; host: string; exchangeId: string },
  title: string,
  n: number,
): Promise<number> {
  const json = Buffer.from(JSON.stringify({ ...questionBody(n), title }));
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: 'POST',
        path: `/api/exchanges/${options.exchangeId}/questions`,
        headers: {
          host: options.host,
          'content-type': 'application/json',
          'content-length': json.length,
          'idempotency-key': randomUUID(),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(json);
  });
}
