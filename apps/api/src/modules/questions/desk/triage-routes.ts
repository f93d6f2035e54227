import {
  bulkActionSchema,
  bulkResultSchema,
  deskQuestionSchema,
  exchangeParamsSchema,
  idempotencyKeySchema,
  idParamsSchema,
  manualQuestionSchema,
  mergeRequestSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { bulkTriage } from './bulk-triage.ts';
import { enterQuestion } from './enter-question.ts';
import { mergeQuestion } from './merge-question.ts';

/** What a moderator changes: accept, reject, assign, merge, and questions received offline. */
export const deskTriageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.post(
    '/api/desk/questions/bulk',
    {
      schema: {
        tags: ['desk'],
        summary: 'Accept, reject or assign many questions; reports which were left and why',
        body: bulkActionSchema,
        response: { 200: bulkResultSchema, ...staffProblems },
      },
    },
    async (request) => {
      const result = await bulkTriage({
        prisma,
        actor: requireStaff(request, ['moderator']),
        action: request.body,
        now: clock.now(),
      });
      request.log.info(
        { action: request.body.action, updated: result.updated.length },
        'bulk triage',
      );
      return result;
    },
  );

  app.post(
    '/api/desk/questions/:id/merge',
    {
      schema: {
        tags: ['desk'],
        summary: 'Merge a duplicate into the question that is kept; its asker gets that answer',
        params: idParamsSchema,
        body: mergeRequestSchema,
        response: { 200: deskQuestionSchema, ...staffProblems },
      },
    },
    async (request) =>
      mergeQuestion({
        prisma,
        actor: requireStaff(request, ['moderator']),
        questionId: request.params.id,
        intoId: request.body.intoId,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/exchanges/:id/questions',
    {
      schema: {
        tags: ['desk'],
        summary: 'Enter a question received by phone, letter or e-mail; it is accepted at once',
        params: exchangeParamsSchema,
        headers: z.object({ 'idempotency-key': idempotencyKeySchema }),
        body: manualQuestionSchema,
        response: { 201: deskQuestionSchema, ...staffProblems },
      },
    },
    async (request, reply) => {
      const question = await enterQuestion({
        prisma,
        actor: requireStaff(request, ['moderator']),
        exchangeId: request.params.id,
        input: request.body,
        idempotencyKey: request.headers['idempotency-key'],
        now: clock.now(),
      });
      request.log.info({ questionId: question.id, channel: question.channel }, 'question entered');
      return reply.status(201).send(question);
    },
  );
};
