const NEWLINE = 0x0a;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * Cuts the raw bytes of one SSE response into frames at each blank line ("\n\n"), without an
 * HTTP parser: the status line and headers end up in the first frame, and the chunked-encoding
 * size lines ("\r\n7f3\r\n") at the start of each frame, which is harmless because neither
 * contains "\n\n". A write may carry several frames (the API joins events read together), so a
 * frame may also begin straight with its "id:" line. Cheap enough that one process can follow
 * ten thousand streams.
 */
export class SseFrameScanner {
  #pending: Buffer | null = null;

  push(chunk: Buffer, onFrame: (frame: Buffer) => void): void {
    const bytes = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const end = bytes.indexOf('\n\n', start);
      if (end < 0) break;
      onFrame(bytes.subarray(start, end));
      start = end + 2;
    }
    this.#pending = start < bytes.length ? Buffer.from(bytes.subarray(start)) : null;
  }
}

/** The `id:` of an event frame, or -1 for frames without one (retry, heartbeat, the head). */
export function eventIdOf(frame: Buffer): number {
  // "\nid: " rather than "id: " inside a frame: the head has an "x-request-id: " line.
  if (frame.subarray(0, 4).toString('latin1') === 'id: ') return digitsAt(frame, 4);
  const at = frame.indexOf('\nid: ');
  return at < 0 ? -1 : digitsAt(frame, at + 5);
}

/** The publish time the benchmark's payload carries (`"t":"<ns>"`), or null without one. */
export function publishTimeOf(frame: Buffer): bigint | null {
  const at = frame.indexOf('"t":"');
  if (at < 0) return null;
  const end = frame.indexOf('"', at + 5);
  return end < 0 ? null : BigInt(frame.toString('latin1', at + 5, end));
}

function digitsAt(bytes: Buffer, start: number): number {
  let value = 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === NEWLINE) break;
    if (byte < ZERO || byte > NINE) return -1;
    value = value * 10 + (byte - ZERO);
  }
  return value;
}
