import {
  assigneeListSchema,
  deskQuestionSchema,
  exchangeParamsSchema,
  idParamsSchema,
  queuePageSchema,
  queueQuerySchema,
  similarListSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { getDeskQuestion } from './get-desk-question.ts';
import { listAssignees } from './list-assignees.ts';
import { listQueue } from './list-queue.ts';
import { findSimilarQuestions } from './similar-questions.ts';

/** What the triage desk reads: the queue, one question, its likely duplicates, the experts. */
export const deskQueueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.get(
    '/api/desk/exchanges/:id/questions',
    {
      schema: {
        tags: ['desk'],
        summary: 'The triage queue of an exchange: filters, search, sort, paging, status counts',
        params: exchangeParamsSchema,
        querystring: queueQuerySchema,
        response: { 200: queuePageSchema, ...staffProblems },
      },
    },
    async (request) =>
      listQueue({
        prisma,
        actor: requireStaff(request, ['moderator', 'leader', 'admin']),
        exchangeId: request.params.id,
        query: request.query,
      }),
  );

  app.get(
    '/api/desk/questions/:id',
    {
      schema: {
        tags: ['desk'],
        summary: 'One question with contact details and its answer, for staff of its department',
        params: idParamsSchema,
        response: { 200: deskQuestionSchema, ...staffProblems },
      },
    },
    async (request) =>
      getDeskQuestion({
        prisma,
        actor: requireStaff(request),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );

  app.get(
    '/api/desk/questions/:id/similar',
    {
      schema: {
        tags: ['desk'],
        summary: 'Up to 5 likely duplicates in the same exchange, most similar first',
        params: idParamsSchema,
        response: { 200: similarListSchema, ...staffProblems },
      },
    },
    async (request) =>
      findSimilarQuestions({
        prisma,
        actor: requireStaff(request, ['moderator', 'leader']),
        questionId: request.params.id,
      }),
  );

  app.get(
    '/api/desk/assignees',
    {
      schema: {
        tags: ['desk'],
        summary: 'Experts of the department who can be assigned questions, with their open work',
        response: { 200: assigneeListSchema, ...staffProblems },
      },
    },
    async (request) =>
      listAssignees({ prisma, actor: requireStaff(request, ['moderator', 'leader']) }),
  );
};
