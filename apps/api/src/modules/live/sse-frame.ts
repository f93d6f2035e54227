import type { StoredLiveEvent } from './live-event-store.ts';

/** One event as it goes on the wire, encoded once and written to every viewer as is. */
export type SseFrame = { id: bigint; bytes: Buffer };

/** Sent first: how long a browser waits before it reconnects after a drop. */
export const SSE_RETRY = Buffer.from('retry: 3000\n\n');

/** A comment line: viewers ignore it, proxies see traffic and keep the stream open. */
export const SSE_HEARTBEAT = Buffer.from(':\n\n');

export function encodeSseFrame(event: StoredLiveEvent): SseFrame {
  // JSON escapes line breaks inside strings, so `data` is always one line; the type is ours.
  const text = `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
  return { id: event.id, bytes: Buffer.from(text, 'utf8') };
}
