import {
  exchangeParamsSchema,
  FEED_PAGE_MAX,
  type FeedPage,
  feedPageSchema,
  feedQuerySchema,
  problemSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { latestLiveEventId } from '../live/live-event-store.ts';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { FeedCache } from './feed-cache.ts';
import { nextReleaseAt, readFeedWindow, readPublicFeed } from './public-feed.ts';

export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock, exchangeNews } = app.deps;

  // The first page is what every viewer of a live page loads, all at once after a reconnect.
  const firstPages = new FeedCache({
    clock: () => clock.now(),
    load: async (tenant, exchangeId) => {
      const now = clock.now();
      // Read before the answers: every event up to it is reflected in what they show, and a
      // page that opens the stream from it replays whatever came after (see FeedPage).
      const liveEventId = await latestLiveEventId(prisma, {
        exchangeId,
        channel: 'public',
        tenantId: tenant.id,
      });
      const { liveStartsAt, ...window } = await readFeedWindow({
        prisma,
        tenant,
        exchangeId,
        now,
        after: null,
        limit: FEED_PAGE_MAX,
      });
      const changesAt = await nextReleaseAt(
        prisma,
        { tenantId: tenant.id, exchangeId, liveStartsAt },
        now,
      );
      return { ...window, changesAt, liveEventId };
    },
  });
  const stopListening = exchangeNews.onPublicChange((exchangeId) =>
    exchangeId === null ? firstPages.invalidateAll() : firstPages.invalidate(exchangeId),
  );
  app.addHook('onClose', async () => stopListening());

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
        const body = await firstPages.firstPage(tenant, request.params.id, request.query.limit);
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
