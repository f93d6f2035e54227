import type { FastifyPluginAsync } from 'fastify';
import { questionRoutes } from './routes.ts';

/** Questions: public intake and tracking now; triage joins here later. */
export const questionsPlugin: FastifyPluginAsync = async (app) => {
  await app.register(questionRoutes);
};
