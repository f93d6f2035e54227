import type { FastifyPluginAsync } from 'fastify';
import { answerRoutes } from './routes.ts';

/** Answers: the public feed now; drafting, review and release join here later. */
export const answersPlugin: FastifyPluginAsync = async (app) => {
  await app.register(answerRoutes);
};
