import { exchangeParamsSchema, problemSchema } from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffProblems } from '../../core/staff-problems.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { exchangeNotFound } from '../exchanges/public-exchanges.ts';
import { requireDeskExchange } from '../questions/desk/desk-exchange.ts';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { lastEventIdOf } from './last-event-id.ts';
import type { LiveHub } from './live-hub.ts';
import { openEventStream } from './open-event-stream.ts';

const eventsQuerySchema = z.object({
  lastEventId: z.string().max(40).optional(),
});

const STREAM_DESCRIPTION =
  'Server-Sent Events. Each event has an increasing id; reconnect with the Last-Event-ID header ' +
  '(or ?lastEventId=) to receive every missed event first.';

export function liveRoutes(hub: LiveHub): FastifyPluginAsyncZod {
  return async (app) => {
    const { prisma, publicExchanges } = app.deps;

    app.get(
      '/api/exchanges/:id/events',
      {
        schema: {
          tags: ['public'],
          summary: 'Live events of a public exchange: published answers and state changes',
          description: STREAM_DESCRIPTION,
          params: exchangeParamsSchema,
          querystring: eventsQuerySchema,
          response: { 404: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) => {
        const tenant = requireTenant(request);
        // A crowd reconnecting at once asks for the same exchange: read it once a second.
        const exchange = await publicExchanges.find(tenant.id, request.params.id);
        if (!exchange) throw exchangeNotFound();

        await openEventStream({
          hub,
          request,
          reply,
          exchangeId: exchange.id,
          channel: 'public',
          lastEventId: lastEventIdOf(request, request.query.lastEventId),
        });
      },
    );

    app.get(
      '/api/desk/exchanges/:id/events',
      {
        schema: {
          tags: ['desk'],
          summary: 'Live events of the desk: new questions, claims, drafts, approvals',
          description: STREAM_DESCRIPTION,
          params: exchangeParamsSchema,
          querystring: eventsQuerySchema,
          response: staffProblems,
        },
      },
      async (request, reply) => {
        const actor = requireStaff(request);
        const exchange = await requireDeskExchange({
          prisma,
          tenantId: actor.tenantId,
          id: request.params.id,
        });

        await openEventStream({
          hub,
          request,
          reply,
          exchangeId: exchange.id,
          channel: 'staff',
          lastEventId: lastEventIdOf(request, request.query.lastEventId),
        });
      },
    );
  };
}
