import type { FastifyPluginAsync } from 'fastify';
import { LiveHub } from './live-hub.ts';
import { onLocalLiveSignal } from './live-signals.ts';
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
  const { prisma, config } = app.deps;
  const hub = new LiveHub({
    prisma,
    log: app.log,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    // A few large answers, or a minute of ordinary events, fit; more means the viewer is stuck.
    maxPendingBytes: options.maxPendingBytes ?? 256 * 1024,
    recentFrames: options.recentFrames ?? 1_024,
  });

  const stopListening = config.databaseUrl
    ? listenForLiveEvents({
        databaseUrl: config.databaseUrl,
        log: app.log,
        onNotify: (exchangeId) => hub.wake(exchangeId),
        onConnected: () => hub.wakeAll(),
      }).close
    : onLocalLiveSignal((exchangeId) => hub.wake(exchangeId));

  // Open streams would keep the server from closing: end them first, and stop listening.
  app.addHook('preClose', async () => {
    hub.close();
    await stopListening();
  });

  await app.register(liveRoutes(hub));
};
