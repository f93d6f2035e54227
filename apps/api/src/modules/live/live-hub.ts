import type { FastifyBaseLogger } from 'fastify';
import type { LiveChannel, PrismaClient } from '../../generated/prisma/client.ts';
import { latestLiveEventId, readLiveEvents } from './live-event-store.ts';
import { SseClient, type SseSink } from './sse-client.ts';
import { encodeSseFrame, SSE_HEARTBEAT, type SseFrame, sseOpening } from './sse-frame.ts';

const CHANNELS: readonly LiveChannel[] = ['public', 'staff'];
// Rows per read: a burst larger than this is read in several rounds, oldest first.
const READ_BATCH = 500;
const RETRY_AFTER_FAILURE_MS = 1_000;
// A replay from the database queues at most this many backlog limits for one viewer at a time.
const REPLAY_BACKLOGS = 4;

export type LiveHubOptions = {
  prisma: PrismaClient;
  log: FastifyBaseLogger;
  /** How often every viewer gets a comment line, and every stream re-checks the database. */
  heartbeatMs: number;
  /** A viewer with more than this many bytes unsent is dropped. */
  maxPendingBytes: number;
  /** Frames kept per stream, so that a quick reconnect is replayed from memory. */
  recentFrames: number;
};

/** The viewers of one channel of one exchange, and what this instance has read of it. */
type Stream = {
  exchangeId: string;
  channel: LiveChannel;
  clients: Set<SseClient>;
  /** The newest event read; every later one reaches the viewers through a read. */
  lastId: bigint;
  /** When events last went out to the viewers (performance.now()). */
  lastSentAt: number;
  /** The newest frames, and the id before the oldest of them: all events after it are here. */
  recent: SseFrame[];
  floorId: bigint;
  ready: Promise<void>;
  started: boolean;
  dirty: boolean;
  reading: boolean;
};

export type LiveSubscription = { client: SseClient; leave(): void };

/**
 * One per instance. When an exchange is woken, each of its streams with viewers reads the new
 * events once, encodes each once, and hands the same bytes to every viewer. Wake-ups that arrive
 * while a read is running fold into one more read, so a burst costs two reads, not one per event.
 */
export class LiveHub {
  readonly #streams = new Map<string, Stream>();
  readonly #heartbeat: NodeJS.Timeout;
  #closed = false;

  constructor(private readonly options: LiveHubOptions) {
    this.#heartbeat = setInterval(() => this.#beat(), options.heartbeatMs);
    this.#heartbeat.unref();
  }

  /** Something new may be stored for this exchange. */
  wake(exchangeId: string): void {
    for (const channel of CHANNELS) {
      const stream = this.#streams.get(streamKey(exchangeId, channel));
      if (stream) this.#schedule(stream);
    }
  }

  /** Signals may have been lost (the listening connection was down): look at every stream. */
  wakeAll(): void {
    for (const stream of this.#streams.values()) this.#schedule(stream);
  }

  /**
   * Adds a viewer. It joins the stream first and then replays what it missed after
   * `lastEventId`, so no event falls between the two; ids it already has are skipped.
   */
  async subscribe(options: {
    exchangeId: string;
    channel: LiveChannel;
    sink: SseSink;
    lastEventId: bigint | undefined;
  }): Promise<LiveSubscription> {
    const stream = this.#open(options.exchangeId, options.channel);
    await stream.ready;
    // A viewer joining during shutdown would hold the server open; it reconnects elsewhere.
    if (this.#closed) throw new Error('the live hub is closed');

    const { lastEventId } = options;
    const client = new SseClient(
      options.sink,
      {
        maxPendingBytes: this.options.maxPendingBytes,
        onDrop: (dropped) => this.#leave(stream, dropped),
      },
      lastEventId ?? stream.lastId,
    );
    stream.clients.add(client);
    // First bytes on the wire: from here on the viewer misses nothing, which tests rely on.
    client.writeRaw(sseOpening(client.lastSentId));
    const subscription = {
      client,
      leave: () => {
        client.markClosed();
        this.#leave(stream, client);
      },
    };

    if (lastEventId !== undefined && lastEventId < stream.lastId) {
      if (lastEventId >= stream.floorId) {
        for (const frame of stream.recent) client.replay(frame);
      } else {
        try {
          await this.#replayFromDatabase(stream, client);
        } catch (error) {
          // The caller closes the connection; a viewer left behind would wait for live events
          // forever, held in memory and sent heartbeats until the exchange's next burst.
          subscription.leave();
          throw error;
        }
      }
    }
    client.goLive();
    return subscription;
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    for (const stream of this.#streams.values()) {
      for (const client of stream.clients) client.end();
    }
    this.#streams.clear();
  }

  #open(exchangeId: string, channel: LiveChannel): Stream {
    const key = streamKey(exchangeId, channel);
    const existing = this.#streams.get(key);
    if (existing) return existing;

    const stream: Stream = {
      exchangeId,
      channel,
      clients: new Set(),
      lastId: 0n,
      lastSentAt: performance.now(),
      recent: [],
      floorId: 0n,
      ready: Promise.resolve(),
      started: false,
      dirty: false,
      reading: false,
    };
    stream.ready = latestLiveEventId(this.options.prisma, { exchangeId, channel }).then(
      (latest) => {
        stream.lastId = latest;
        stream.floorId = latest;
        stream.started = true;
        if (stream.dirty) void this.#read(stream);
      },
      (error: unknown) => {
        // Forget the stream so that the next viewer tries again.
        if (this.#streams.get(key) === stream) this.#streams.delete(key);
        throw error;
      },
    );
    this.#streams.set(key, stream);
    return stream;
  }

  #leave(stream: Stream, client: SseClient): void {
    stream.clients.delete(client);
    const key = streamKey(stream.exchangeId, stream.channel);
    if (stream.clients.size === 0 && this.#streams.get(key) === stream) this.#streams.delete(key);
  }

  #schedule(stream: Stream): void {
    stream.dirty = true;
    if (stream.started && !stream.reading) void this.#read(stream);
  }

  async #read(stream: Stream): Promise<void> {
    stream.reading = true;
    try {
      while (stream.dirty) {
        stream.dirty = false;
        const rows = await readLiveEvents(this.options.prisma, {
          exchangeId: stream.exchangeId,
          channel: stream.channel,
          afterId: stream.lastId,
          limit: READ_BATCH,
        });
        if (rows.length === READ_BATCH) stream.dirty = true;
        this.#publish(stream, rows.map(encodeSseFrame));
      }
    } catch (error) {
      this.options.log.error(
        { err: error, exchangeId: stream.exchangeId, channel: stream.channel },
        'reading live events failed; retrying',
      );
      setTimeout(() => this.#schedule(stream), RETRY_AFTER_FAILURE_MS).unref();
    } finally {
      stream.reading = false;
    }
  }

  #publish(stream: Stream, frames: SseFrame[]): void {
    if (frames.length === 0) return;
    for (const frame of frames) stream.recent.push(frame);
    const last = frames[frames.length - 1] as SseFrame;
    stream.lastId = last.id;
    stream.lastSentAt = performance.now();
    const excess = stream.recent.length - this.options.recentFrames;
    if (excess > 0) {
      const evicted = stream.recent.splice(0, excess);
      stream.floorId = (evicted[evicted.length - 1] as SseFrame).id;
    }

    if (frames.length === 1) {
      for (const client of stream.clients) client.deliver(last);
      return;
    }
    // Events that arrived together go out together: joined once, one write per viewer.
    const joined = Buffer.concat(frames.map((frame) => frame.bytes));
    for (const client of stream.clients) client.deliverBatch(frames, joined);
  }

  /**
   * Events older than the memory holds, encoded for this viewer alone. So that a viewer far
   * behind holds no more than a few backlogs' worth of bytes at once, the replay stops there and
   * the stream is ended cleanly: what was queued still reaches the browser, which reconnects
   * with the id of the last event it got, and the next connection goes on from there.
   */
  async #replayFromDatabase(stream: Stream, client: SseClient): Promise<void> {
    const mostQueued = REPLAY_BACKLOGS * this.options.maxPendingBytes;
    for (;;) {
      const rows = await readLiveEvents(this.options.prisma, {
        exchangeId: stream.exchangeId,
        channel: stream.channel,
        afterId: client.lastSentId,
        limit: READ_BATCH,
      });
      if (client.closed) return;
      for (const row of rows) {
        if (client.pendingBytes > mostQueued) {
          client.end();
          this.#leave(stream, client);
          return;
        }
        client.replay(encodeSseFrame(row));
      }
      if (rows.length < READ_BATCH) return;
    }
  }

  #beat(): void {
    // A stream that sent events within half a period needs no comment line: its viewers' bytes
    // keep proxies awake already (none waits more than one and a half periods for a byte), and
    // on a live day a heartbeat to 10,000 viewers would hold the next event back by a write each.
    const quietSince = performance.now() - this.options.heartbeatMs / 2;
    for (const stream of this.#streams.values()) {
      if (stream.lastSentAt <= quietSince) {
        for (const client of stream.clients) client.writeRaw(SSE_HEARTBEAT);
      }
      // A cheap safety net: a signal lost on the way is made up for within one heartbeat.
      this.#schedule(stream);
    }
  }
}

const streamKey = (exchangeId: string, channel: LiveChannel) => `${exchangeId}/${channel}`;
