import {
  deskQuestionSchema,
  idParamsSchema,
  publishNowSchema,
  returnAnswerSchema,
  unpublishSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { requireTenant } from '../../tenancy/tenant-context.ts';
import { approveAnswer } from './approve-answer.ts';
import { publishAnswerNow } from './publish-answer-now.ts';
import { returnAnswer } from './return-answer.ts';
import { unpublishAnswer } from './unpublish-answer.ts';

/** A leader's side: return or approve an answer in review, release it early or withdraw it. */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;
  const reply = { 200: deskQuestionSchema, ...staffProblems };

  app.post(
    '/api/desk/questions/:id/answer/return',
    {
      schema: {
        tags: ['desk'],
        summary: 'Send the answer back to its writer with a comment',
        params: idParamsSchema,
        body: returnAnswerSchema,
        response: reply,
      },
    },
    async (request) =>
      returnAnswer({
        prisma,
        actor: requireStaff(request, ['leader']),
        questionId: request.params.id,
        comment: request.body.comment,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/answer/approve',
    {
      schema: {
        tags: ['desk'],
        summary: 'Approve the answer; before the live start it is released at the opening',
        params: idParamsSchema,
        response: reply,
      },
    },
    async (request) =>
      approveAnswer({
        prisma,
        actor: requireStaff(request, ['leader']),
        tenant: requireTenant(request),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/answer/publish-now',
    {
      schema: {
        tags: ['desk'],
        summary: 'Make an approved answer public at once (needs confirm: true)',
        params: idParamsSchema,
        body: publishNowSchema,
        response: reply,
      },
    },
    async (request) =>
      publishAnswerNow({
        prisma,
        actor: requireStaff(request, ['leader']),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );

  app.post(
    '/api/desk/questions/:id/answer/unpublish',
    {
      schema: {
        tags: ['desk'],
        summary: 'Withdraw an approved answer from the public feed and tracking page',
        params: idParamsSchema,
        body: unpublishSchema,
        response: reply,
      },
    },
    async (request) =>
      unpublishAnswer({
        prisma,
        actor: requireStaff(request, ['leader']),
        questionId: request.params.id,
        reason: request.body.reason,
        now: clock.now(),
      }),
  );
};
