import type { FastifyPluginAsync } from 'fastify';
import { deskAnswerRoutes } from './desk/routes.ts';
import { answerRoutes } from './routes.ts';

/** Answers: the public feed, and the desk's claiming, drafting, review and release. */
export const answersPlugin: FastifyPluginAsync = async (app) => {
  await app.register(answerRoutes);
  await app.register(deskAnswerRoutes);
};
