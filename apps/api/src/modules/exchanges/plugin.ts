import type { FastifyPluginAsync } from 'fastify';
import { exchangeRoutes } from './routes.ts';

/** Exchanges: the public listing and detail now; administration joins here later. */
export const exchangesPlugin: FastifyPluginAsync = async (app) => {
  await app.register(exchangeRoutes);
};
