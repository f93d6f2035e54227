import {
  exchangeDetailSchema,
  exchangeListSchema,
  exchangeParamsSchema,
  problemSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { getPublicExchange, listPublicExchanges } from './public-exchanges.ts';

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.get(
    '/api/exchanges',
    {
      schema: {
        tags: ['public'],
        summary: "The department's announced, live and past exchanges",
        response: { 200: exchangeListSchema },
      },
    },
    async (request) =>
      listPublicExchanges({ prisma, tenantId: requireTenant(request).id, now: clock.now() }),
  );

  app.get(
    '/api/exchanges/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'One exchange: schedule, fields, guests, counts',
        params: exchangeParamsSchema,
        response: { 200: exchangeDetailSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) =>
      getPublicExchange({
        prisma,
        tenantId: requireTenant(request).id,
        now: clock.now(),
        id: request.params.id,
      }),
  );
};
