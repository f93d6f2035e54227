import { deskQuestionListSchema, deskQuestionSchema, idParamsSchema } from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { claimQuestion } from './claim-question.ts';
import { listMyQuestions } from './list-my-questions.ts';
import { releaseClaim } from './release-claim.ts';
import { takeOverClaim } from './take-over-claim.ts';

/** An expert's own list and the claim that keeps two people from writing one answer. */
export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;
  const claimSchema = (summary: string) => ({
    tags: ['desk'],
    summary,
    params: idParamsSchema,
    response: { 200: deskQuestionSchema, ...staffProblems },
  });

  app.get(
    '/api/desk/my-questions',
    {
      schema: {
        tags: ['desk'],
        summary: 'Questions assigned to or claimed by me, not yet approved, latest activity first',
        response: { 200: deskQuestionListSchema, ...staffProblems },
      },
    },
    async (request) =>
      listMyQuestions({
        prisma,
        actor: requireStaff(request, ['expert', 'leader']),
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/claim',
    { schema: claimSchema('Take the question to answer it (409 claimed_by_other if held)') },
    async (request) =>
      claimQuestion({
        prisma,
        actor: requireStaff(request, ['expert']),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/release',
    { schema: claimSchema('Let the question go (its holder, or a leader)') },
    async (request) =>
      releaseClaim({
        prisma,
        actor: requireStaff(request, ['expert', 'leader']),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/take-over',
    { schema: claimSchema('A leader moves the claim to themselves') },
    async (request) =>
      takeOverClaim({
        prisma,
        actor: requireStaff(request, ['leader']),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );
};
