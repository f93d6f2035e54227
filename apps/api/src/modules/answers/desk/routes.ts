import type { FastifyPluginAsync } from 'fastify';
import { claimRoutes } from './claim-routes.ts';
import { draftRoutes } from './draft-routes.ts';
import { reviewRoutes } from './review-routes.ts';

/** The desk side of answers, under /api/desk: claiming, writing, review and release. */
export const deskAnswerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(claimRoutes);
  await app.register(draftRoutes);
  await app.register(reviewRoutes);
};
