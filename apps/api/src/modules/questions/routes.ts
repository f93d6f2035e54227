import {
  exchangeParamsSchema,
  idempotencyKeySchema,
  problemSchema,
  questionReceiptSchema,
  questionSubmissionSchema,
  trackParamsSchema,
  trackResultSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { submitQuestion } from './submit-question.ts';
import { trackQuestion } from './track-question.ts';

export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  // In a rush every question needs its exchange: read once a second, not once a question.
  const { prisma, clock, config, publicExchanges } = app.deps;

  app.post(
    '/api/exchanges/:id/questions',
    {
      config: { rateLimit: { max: config.questionRateLimit, timeWindow: '10 minutes' } },
      schema: {
        tags: ['public'],
        summary: 'Send a question; answers 201 with a tracking code once it is stored',
        params: exchangeParamsSchema,
        headers: z.object({ 'idempotency-key': idempotencyKeySchema }),
        body: questionSubmissionSchema,
        response: {
          201: questionReceiptSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const receipt = await submitQuestion({
        prisma,
        tenant: requireTenant(request),
        exchangeId: request.params.id,
        now: clock.now(),
        input: request.body,
        idempotencyKey: request.headers['idempotency-key'],
        findExchange: (tenantId, id) => publicExchanges.find(tenantId, id),
      });
      request.log.info({ questionId: receipt.id }, 'question received');
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    '/api/track/:code',
    {
      config: { rateLimit: { max: config.trackRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Status and, once published, the answer of a question, by its tracking code',
        params: trackParamsSchema,
        response: {
          200: trackResultSchema,
          404: problemSchema,
          422: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) =>
      trackQuestion({
        prisma,
        tenant: requireTenant(request),
        code: request.params.code,
        now: clock.now(),
      }),
  );
};
