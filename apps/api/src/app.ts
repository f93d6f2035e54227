import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppDeps } from './core/app-deps.ts';
import { type Clock, systemClock } from './core/clock.ts';
import { type FrontLane, frontLaneServer } from './core/front-lane-server.ts';
import { loggerOptions } from './core/logger-options.ts';
import { registerOpenApi } from './core/openapi.ts';
import { registerProblemHandler } from './core/problem-handler.ts';
import { registerRateLimits } from './core/rate-limits.ts';
import { registerSecurityHeaders, securityHeaders } from './core/security-headers.ts';
import { registerSpa } from './core/spa.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { feedFrontLane } from './modules/answers/feed-front-lane.ts';
import { createFirstPageCache } from './modules/answers/first-page-cache.ts';
import { answersPlugin } from './modules/answers/plugin.ts';
import { auditPlugin } from './modules/audit/plugin.ts';
import { authPlugin } from './modules/auth/plugin.ts';
import { exchangesPlugin } from './modules/exchanges/plugin.ts';
import { PublicExchangeCache } from './modules/exchanges/public-exchange-cache.ts';
import { ExchangeNews } from './modules/live/exchange-news.ts';
import { LiveClock } from './modules/live/live-clock.ts';
import { livePlugin } from './modules/live/plugin.ts';
import { questionsPlugin } from './modules/questions/plugin.ts';
import { staffPlugin } from './modules/staff/plugin.ts';
import { tenancyPlugin } from './modules/tenancy/plugin.ts';
import { TenantDirectory } from './modules/tenancy/tenant-directory.ts';

export type BuildAppOptions = {
  config: Config;
  prisma: PrismaClient;
  clock?: Clock;
  /** Where log lines go; tests capture them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
};

// Questions are a few kilobytes; anything far larger is not a question.
const BODY_LIMIT_BYTES = 64 * 1024;

/** Assembles the API and the web app; the caller owns the database and listening. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, prisma, clock = systemClock } = options;
  // Filled in below, once the parts they use exist; nothing is served before listen.
  const frontLanes: FrontLane[] = [];
  const app = Fastify({
    ...loggerOptions(config.logLevel, options.logStream),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    serverFactory: frontLaneServer(frontLanes),
  });

  const exchangeNews = new ExchangeNews();
  const publicExchanges = new PublicExchangeCache(prisma);
  const feedPages = createFirstPageCache({ prisma, clock });
  // A change announced on an exchange's public stream drops its cached copies at once.
  exchangeNews.onPublicChange((exchangeId) => {
    for (const cache of [publicExchanges, feedPages]) {
      if (exchangeId === null) cache.invalidateAll();
      else cache.invalidate(exchangeId);
    }
  });
  const deps: AppDeps = {
    config,
    prisma,
    clock,
    tenants: new TenantDirectory(prisma),
    liveClock: new LiveClock({ prisma, clock, log: app.log }),
    exchangeNews,
    publicExchanges,
    feedPages,
  };
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app);

  // A callback hook, not an async one: it runs on every response, a crowd's included.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', request.id);
    done(null, payload);
  });

  const headers = securityHeaders({ https: config.publicUrlScheme === 'https' });
  registerSecurityHeaders(app, headers);
  frontLanes.push(
    feedFrontLane({
      feedPages,
      tenants: deps.tenants,
      baseDomain: config.baseDomain,
      securityHeaders: headers,
    }),
  );
  await registerRateLimits(app);
  await registerOpenApi(app);

  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  await app.register(tenancyPlugin);
  await app.register(authPlugin);
  await app.register(staffPlugin);
  await app.register(auditPlugin);
  await app.register(exchangesPlugin);
  await app.register(questionsPlugin);
  await app.register(answersPlugin);
  await app.register(livePlugin);

  await registerSpa(app, config.webDistDir ?? defaultWebDist());
  return app;
}

function defaultWebDist(): string {
  // apps/api/{src,dist}/app.* → apps/web/dist
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}
