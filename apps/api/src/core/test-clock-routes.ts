import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { adjustableClock } from './clock.ts';

/**
 * Registered only with TEST_CLOCK=1 (never in production): lets an end-to-end test move the
 * server's clock, e.g. to the opening second of an exchange.
 */
export function registerTestClockRoutes(
  app: FastifyInstance,
  clock: ReturnType<typeof adjustableClock>,
) {
  app.post(
    '/api/test/clock',
    { schema: { hide: true, body: z.object({ at: z.iso.datetime({ offset: true }) }) } },
    async (request) => {
      clock.setNow(new Date((request.body as { at: string }).at));
      // Standing at the opening second must open it, as the real minute would.
      app.deps.liveClock.poke();
      return { now: clock.now().toISOString() };
    },
  );
  app.delete('/api/test/clock', { schema: { hide: true } }, async () => {
    clock.reset();
    app.deps.liveClock.poke();
    return { now: clock.now().toISOString() };
  });
}
