import type { FastifyPluginAsync } from 'fastify';
import { deskQueueRoutes } from './desk/queue-routes.ts';
import { deskTriageRoutes } from './desk/triage-routes.ts';
import { questionRoutes } from './routes.ts';

/** Questions: public intake and tracking, and the department's triage desk. */
export const questionsPlugin: FastifyPluginAsync = async (app) => {
  await app.register(questionRoutes);
  await app.register(deskQueueRoutes);
  await app.register(deskTriageRoutes);
};
