import http from 'node:http';
import { hostOf } from './test-app.ts';

export type SseEvent = { id: string; event: string; data: Record<string, unknown> };

/** An EventSource, as far as the server can tell, over node:http so that it can set Host. */
export type SseStream = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Everything received, as text; for a refused request, the problem body. */
  text(): string;
  events: SseEvent[];
  /** Resolves once `count` events in all have arrived. */
  waitForEvents(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  close(): void;
};

export function openSse(options: {
  port: number;
  path: string;
  slug?: string;
  headers?: Record<string, string>;
}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const request = http.get({
      host: '127.0.0.1',
      port: options.port,
      path: options.path,
      headers: {
        host: hostOf(options.slug ?? 'hanoi'),
        accept: 'text/event-stream',
        ...options.headers,
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      let pending = '';
      const events: SseEvent[] = [];
      const waiters = new Set<() => void>();
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        pending += chunk;
        let end = pending.indexOf('\n\n');
        while (end >= 0) {
          const event = parseEvent(pending.slice(0, end));
          pending = pending.slice(end + 2);
          if (event) events.push(event);
          end = pending.indexOf('\n\n');
        }
        for (const waiter of waiters) waiter();
      });
      response.on('error', () => {});

      const stream: SseStream = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        text: () => text,
        events,
        waitForEvents: (count, timeoutMs = 5_000) =>
          new Promise((done, fail) => {
            const check = () => {
              if (events.length < count) return;
              waiters.delete(check);
              clearTimeout(timer);
              done(events.slice(0, count));
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`waited for ${count} events, got ${events.length}: ${text}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
        close: () => request.destroy(),
      };
      // A stream's first bytes (the retry hint) are written once the viewer has joined: from
      // then on it misses nothing. A refused request resolves with its whole problem body.
      if (response.statusCode === 200) response.once('data', () => resolve(stream));
      response.once('end', () => resolve(stream));
    });
  });
}

function parseEvent(block: string): SseEvent | null {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(': ');
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 2));
  }
  const id = fields.get('id');
  const data = fields.get('data');
  if (id === undefined || data === undefined) return null;
  return { id, event: fields.get('event') ?? 'message', data: JSON.parse(data) };
}

/** Waits until `check` holds, or fails after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
