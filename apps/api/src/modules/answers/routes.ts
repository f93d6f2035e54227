import {
  exchangeParamsSchema,
  type FeedPage,
  feedPageSchema,
  feedQuerySchema,
  problemSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { readPublicFeed } from './public-feed.ts';

export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock, feedPages } = app.deps;

  app.get(
    '/api/exchanges/:id/feed',
    {
      // A crowd loads this at once; a line per request would be most of the work.
      logLevel: 'warn',
      schema: {
        tags: ['public'],
        summary: 'Published questions and answers, newest first, with cursor paging',
        description:
          'The first page is served from memory and read again when the live stream has news, ' +
          'at most once a second per exchange.',
        params: exchangeParamsSchema,
        querystring: feedQuerySchema,
        response: { 200: feedPageSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      if (request.query.cursor === undefined) {
        // Already the JSON bytes of a FeedPage: Fastify writes a Buffer as it is, without
        // serialising it again per viewer; the type provider only knows the object form.
        const body = await feedPages.firstPage(tenant, request.params.id, request.query.limit);
        return reply.type('application/json; charset=utf-8').send(body as unknown as FeedPage);
      }
      return readPublicFeed({
        prisma,
        tenant,
        exchangeId: request.params.id,
        now: clock.now(),
        cursor: request.query.cursor,
        limit: request.query.limit,
      });
    },
  );
};
