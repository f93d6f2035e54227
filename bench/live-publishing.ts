import { setImmediate as nextTurn } from 'node:timers/promises';
import { publishedFeedItem } from './answer-content.ts';

/**
 * One published event as its publisher saw it: `t` just before publishing began (it travels in
 * the payload), `committed` once the event was durable and the viewers could be told: after
 * the transaction's commit for the API, the same as `t` for the bare broadcaster. Both are
 * process.hrtime.bigint() values, CLOCK_MONOTONIC on Linux, comparable across processes.
 */
export type Published = { id: number; t: bigint; committed: bigint };

export type Publish = () => Promise<Published>;

/** `count` events, one every `intervalMs`, as moderators approve answers during a live hour. */
export async function publishPaced(
  publish: Publish,
  options: { count: number; intervalMs: number },
): Promise<Published[]> {
  const published: Published[] = [];
  const started = performance.now();
  for (let i = 0; i < options.count; i++) {
    const wait = started + i * options.intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    published.push(await publish());
  }
  return published;
}

/**
 * `count` events one after another, as fast as the publisher can. Each starts in a turn of the
 * event loop of its own, so a broadcaster that writes synchronously still lets the sockets
 * flush between events instead of queueing the whole burst first.
 */
export async function publishBurst(publish: Publish, count: number): Promise<Published[]> {
  const published: Published[] = [];
  for (let i = 0; i < count; i++) {
    published.push(await publish());
    await nextTurn();
  }
  return published;
}

/**
 * The payload of an `answer.published` event as the public stream carries it (the feed item of
 * a real-length answer, about 2 KB of JSON), plus `t`, the publish time in nanoseconds, which
 * the viewers read to match events with their publication. Keys are in the order PostgreSQL's
 * jsonb gives them back (shorter first, then bytewise), so the API, which stores the payload
 * and sends what it reads, and the bare broadcaster, which sends it directly, send the same bytes.
 */
export function livePayload(t: bigint) {
  return inJsonbOrder({ t: String(t), item: publishedFeedItem(new Date()) });
}

function inJsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(inJsonbOrder) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) =>
    a.length !== b.length ? a.length - b.length : Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  const record = value as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, inJsonbOrder(record[key])])) as T;
}
