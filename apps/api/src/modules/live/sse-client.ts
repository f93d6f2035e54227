import type { SseFrame } from './sse-frame.ts';

/** The part of a response a viewer needs: http.ServerResponse has it, so do test doubles. */
export type SseSink = {
  write(chunk: Buffer): boolean;
  end(): void;
  destroy(): void;
  readonly writableLength: number;
};

/**
 * One connected viewer. Its backlog is bounded: when the socket stops taking bytes and more than
 * `maxPendingBytes` still wait in memory when the next event comes, the viewer is dropped, and
 * its browser reconnects with Last-Event-ID once it can keep up. Memory per viewer stays bounded.
 */
export class SseClient {
  /** The newest event id this viewer has been sent (or said it had); older ones are skipped. */
  lastSentId: bigint;
  #closed = false;
  // While missed events are being replayed, live ones wait here so that order holds.
  #waiting: SseFrame[] | null = [];
  #waitingBytes = 0;
  // Bytes a replay queued that the socket may not have taken yet: the viewer's own catching up,
  // allowed on top of the backlog limit until the backlog is back under it.
  #replayAllowance = 0;

  constructor(
    private readonly sink: SseSink,
    private readonly options: { maxPendingBytes: number; onDrop: (client: SseClient) => void },
    lastSentId: bigint,
  ) {
    this.lastSentId = lastSentId;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** A live event: written now, or held until the replay is done. */
  deliver(frame: SseFrame): void {
    if (this.#closed) return;
    if (this.#waiting) {
      this.#waiting.push(frame);
      this.#waitingBytes += frame.bytes.length;
      if (this.#waitingBytes > this.options.maxPendingBytes) this.drop();
      return;
    }
    this.#send(frame);
  }

  /**
   * Several live events read together, with their bytes joined once for every viewer: one write
   * per viewer instead of one per event, when the viewer is live and has none of them yet.
   */
  deliverBatch(frames: readonly SseFrame[], joined: Buffer): void {
    const first = frames[0];
    const last = frames[frames.length - 1];
    if (this.#closed || !first || !last) return;
    if (this.#waiting || first.id <= this.lastSentId) {
      for (const frame of frames) this.deliver(frame);
      return;
    }
    this.lastSentId = last.id;
    this.#write(joined);
  }

  /**
   * A missed event, during the replay. It is written whatever the backlog: a phone back after
   * an hour in a pocket is catching up, not stuck, and dropping it for that would only start
   * the same replay again. Frames replayed from memory are the hub's shared bytes, so this
   * costs the server no copy; a replay from the database is bounded by the hub.
   */
  replay(frame: SseFrame): void {
    if (this.#closed || frame.id <= this.lastSentId) return;
    this.lastSentId = frame.id;
    this.#replayAllowance += frame.bytes.length;
    this.sink.write(frame.bytes);
  }

  /** Bytes written to this viewer that its socket has not taken yet. */
  get pendingBytes(): number {
    return this.sink.writableLength;
  }

  /** Ends the replay: the live events held meanwhile go out, minus those the replay sent. */
  goLive(): void {
    const waiting = this.#waiting ?? [];
    this.#waiting = null;
    this.#waitingBytes = 0;
    for (const frame of waiting) this.#send(frame);
  }

  /** Bytes that are not events (retry, heartbeat). */
  writeRaw(bytes: Buffer): void {
    if (this.#closed) return;
    this.#write(bytes);
  }

  drop(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiting = null;
    this.sink.destroy();
    this.options.onDrop(this);
  }

  /** The viewer went away by itself: forget it without touching the socket again. */
  markClosed(): void {
    this.#closed = true;
    this.#waiting = null;
  }

  /** The server is shutting down: end the stream cleanly; the browser reconnects elsewhere. */
  end(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiting = null;
    this.sink.end();
  }

  #send(frame: SseFrame): void {
    if (this.#closed || frame.id <= this.lastSentId) return;
    this.lastSentId = frame.id;
    this.#write(frame.bytes);
  }

  // The backlog is checked before a write, not after: one large answer may exceed the limit on
  // its own and still go out to a viewer that keeps up; what the socket has not taken since, by
  // the next event, is what marks a viewer as stuck. Memory stays within the limit plus one event.
  #write(bytes: Buffer): void {
    const pending = this.sink.writableLength;
    if (pending <= this.options.maxPendingBytes) {
      // Whatever a replay queued has gone out: from here on only the limit counts.
      this.#replayAllowance = 0;
    } else if (pending > this.options.maxPendingBytes + this.#replayAllowance) {
      this.drop();
      return;
    }
    this.sink.write(bytes);
  }
}
