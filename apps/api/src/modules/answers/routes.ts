import {
  exchangeParamsSchema,
  feedPageSchema,
  feedQuerySchema,
  problemSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { readPublicFeed } from './public-feed.ts';

export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.get(
    '/api/exchanges/:id/feed',
    {
      schema: {
        tags: ['public'],
        summary: 'Published questions and answers, newest first, with cursor paging',
        params: exchangeParamsSchema,
        querystring: feedQuerySchema,
        response: { 200: feedPageSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) =>
      readPublicFeed({
        prisma,
        tenant: requireTenant(request),
        exchangeId: request.params.id,
        now: clock.now(),
        cursor: request.query.cursor,
        limit: request.query.limit,
      }),
  );
};
