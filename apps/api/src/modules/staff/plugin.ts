import type { FastifyPluginAsync } from 'fastify';
import { staffRoutes } from './routes.ts';

/** Staff accounts: a department admin creates, edits and disables their colleagues' accounts. */
export const staffPlugin: FastifyPluginAsync = async (app) => {
  await app.register(staffRoutes);
};
