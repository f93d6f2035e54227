import type { FastifyPluginAsync } from 'fastify';
import { adminExchangeRoutes } from './admin/routes.ts';
import { exchangeRoutes } from './routes.ts';

/** Exchanges: the public listing and detail, and the department admin's side. */
export const exchangesPlugin: FastifyPluginAsync = async (app) => {
  await app.register(exchangeRoutes);
  await app.register(adminExchangeRoutes);
};
