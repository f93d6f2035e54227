import type { FastifyPluginAsync } from 'fastify';
import type { LiveChannel } from '../../generated/prisma/client.ts';
import { LiveHub } from './live-hub.ts';
import { onLocalLiveSignal, onLocalScheduleChange } from './live-signals.ts';
import { listenForLiveEvents } from './pg-live-listener.ts';
import { liveRoutes } from './routes.ts';

export type LivePluginOptions = {
  heartbeatMs?: number;
  maxPendingBytes?: number;
  recentFrames?: number;
};

/**
 * Live updates: Server-Sent Events per exchange, a public and a staff stream, fed by one hub per
 * instance. On PostgreSQL the hub wakes on LISTEN/NOTIFY, so several instances share the
 * events; on the embedded database the whole app is one process and a local signal does it.
 */
export const livePlugin: FastifyPluginAsync<LivePluginOptions> = async (app, options) => {
  const { prisma, config, liveClock, exchangeNews } = app.deps;
  const hub = new LiveHub({
    prisma,
    log: app.log,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    // A few large answers, or a minute of ordinary events, fit; more means the viewer is stuck.
    maxPendingBytes: options.maxPendingBytes ?? 256 * 1024,
    recentFrames: options.recentFrames ?? 1_024,
  });

  function wake(exchangeId: string, channel: LiveChannel) {
    hub.wake(exchangeId);
    if (channel === 'public') exchangeNews.publicChanged(exchangeId);
  }

  const stopListening = config.databaseUrl ? listenToDatabase(config.databaseUrl) : listenLocally();

  function listenToDatabase(databaseUrl: string) {
    const listener = listenForLiveEvents({
      databaseUrl,
      log: app.log,
      // A notification without a channel comes from an older instance: treat it as public.
      onNotify: (exchangeId, channel) => wake(exchangeId, channel ?? 'public'),
      onScheduleChanged: () => liveClock.poke(),
      // Back after a database restart: what changed meanwhile was never notified.
      onConnected: () => {
        hub.wakeAll();
        exchangeNews.everythingChanged();
        liveClock.poke();
      },
    });
    // This instance's own writes drop its cached copies at once, without waiting for the
    // notification's round trip; the notification, sent after commit, remains the guarantee.
    const stopOwnNews = onLocalLiveSignal((exchangeId, channel) => {
      if (channel === 'public') exchangeNews.publicChanged(exchangeId);
    });
    return async () => {
      stopOwnNews();
      await listener.close();
    };
  }

  function listenLocally() {
    const stopEvents = onLocalLiveSignal(wake);
    const stopSchedule = onLocalScheduleChange(() => liveClock.poke());
    return async () => {
      stopEvents();
      stopSchedule();
    };
  }

  if (config.liveClock) app.addHook('onReady', async () => liveClock.start());

  // Open streams would keep the server from closing: end them first, and stop listening.
  app.addHook('preClose', async () => {
    liveClock.stop();
    hub.close();
    await stopListening();
  });

  await app.register(liveRoutes(hub));
};
