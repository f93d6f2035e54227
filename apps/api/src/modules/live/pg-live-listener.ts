import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { LiveChannel } from '../../generated/prisma/client.ts';
import { LIVE_NOTIFY_CHANNEL, SCHEDULE_NOTIFY_CHANNEL } from './live-event-store.ts';

const LIVE_CHANNELS = new Set<string | undefined>(['public', 'staff']);
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;
/** Names the connection in pg_stat_activity, for operators (and for the test that cuts it). */
export const LISTENER_APPLICATION_NAME = 'giaoluu-live-listener';

export type PgLiveListener = { close(): Promise<void> };

/**
 * LISTEN on a connection of its own: a pooled connection would be handed to other queries and
 * its notifications lost. When the connection fails or the server restarts, it is opened again
 * with growing pauses, and `onConnected` runs after every success, because notifications sent
 * while nobody listened are gone and the streams must look for themselves.
 */
export function listenForLiveEvents(options: {
  databaseUrl: string;
  log: FastifyBaseLogger;
  onNotify: (exchangeId: string, channel: LiveChannel | null) => void;
  onScheduleChanged: () => void;
  onConnected: () => void;
}): PgLiveListener {
  const { log } = options;
  let client: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = FIRST_RETRY_MS;
  let closed = false;

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref();
    delay = Math.min(delay * 2, LONGEST_RETRY_MS);
  };

  const connect = async () => {
    const next = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (client === next) client = null;
      next.removeAllListeners('notification');
      // Ending a client that failed half-way still releases its socket.
      next.end().catch(() => {});
      if (closed) return;
      log.warn({ err: error }, 'live listener connection lost; reconnecting');
      scheduleReconnect();
    };
    next.on('error', onLost);
    next.on('end', () => onLost());
    next.on('notification', (message) => {
      if (message.channel === SCHEDULE_NOTIFY_CHANNEL) {
        options.onScheduleChanged();
        return;
      }
      // The payload is "<exchangeId>:<eventId>:<channel>"; the id only tells that something
      // is new, the channel which readers it concerns.
      const [exchangeId, , channel] = message.payload?.split(':') ?? [];
      if (exchangeId)
        options.onNotify(exchangeId, LIVE_CHANNELS.has(channel) ? (channel as LiveChannel) : null);
    });

    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_NOTIFY_CHANNEL}; LISTEN ${SCHEDULE_NOTIFY_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    delay = FIRST_RETRY_MS;
    options.onConnected();
  };

  void connect();

  return {
    close: async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
