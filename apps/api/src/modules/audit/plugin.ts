import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './routes.ts';

/** The audit log view; entries are written by each capability in its own transactions. */
export const auditPlugin: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
};
