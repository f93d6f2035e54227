import type { StoredLiveEvent } from './live-event-store.ts';

/** One event as it goes on the wire, encoded once and written to every viewer as is. */
export type SseFrame = { id: bigint; bytes: Buffer };

/**
 * Sent first: how long a browser waits before it reconnects after a drop, and the id the viewer
 * starts after. A block with an id and no data dispatches nothing, but EventSource keeps the id
 * and sends it as Last-Event-ID when it reconnects by itself: a viewer that had received no
 * event yet then gets what it missed instead of starting again from the newest event.
 */
export function sseOpening(startsAfterId: bigint): Buffer {
  return Buffer.from(`retry: 3000\nid: ${startsAfterId}\n\n`);
}

/** A comment line: viewers ignore it, proxies see traffic and keep the stream open. */
export const SSE_HEARTBEAT = Buffer.from(':\n\n');

export function encodeSseFrame(event: StoredLiveEvent): SseFrame {
  // JSON escapes line breaks inside strings, so `data` is always one line; the type is ours.
  const text = `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
  return { id: event.id, bytes: Buffer.from(text, 'utf8') };
}
