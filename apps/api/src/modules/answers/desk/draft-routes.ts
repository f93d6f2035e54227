import {
  deskQuestionSchema,
  draftSaveSchema,
  idParamsSchema,
  revisionListSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { listAnswerRevisions } from './list-answer-revisions.ts';
import { saveAnswerDraft } from './save-answer-draft.ts';
import { submitAnswer } from './submit-answer.ts';

// A leader who took a question over writes on it like an expert.
const WRITERS = ['expert', 'leader'] as const;

/** Writing the answer: autosaved drafts, their history, and sending it for review. */
export const draftRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.put(
    '/api/desk/questions/:id/answer/draft',
    {
      schema: {
        tags: ['desk'],
        summary: 'Save the draft answer (claim holder); the HTML is sanitised on the server',
        params: idParamsSchema,
        body: draftSaveSchema,
        response: { 200: deskQuestionSchema, ...staffProblems },
      },
    },
    async (request) =>
      saveAnswerDraft({
        prisma,
        actor: requireStaff(request, WRITERS),
        questionId: request.params.id,
        html: request.body.html,
        now: clock.now(),
      }),
  );

  app.get(
    '/api/desk/questions/:id/answer/revisions',
    {
      schema: {
        tags: ['desk'],
        summary: 'Every kept version of the answer, newest first',
        params: idParamsSchema,
        response: { 200: revisionListSchema, ...staffProblems },
      },
    },
    async (request) =>
      listAnswerRevisions({
        prisma,
        actor: requireStaff(request),
        questionId: request.params.id,
      }),
  );

  app.post(
    '/api/desk/questions/:id/answer/submit',
    {
      schema: {
        tags: ['desk'],
        summary: 'Send the answer to a leader for review (claim holder)',
        params: idParamsSchema,
        response: { 200: deskQuestionSchema, ...staffProblems },
      },
    },
    async (request) =>
      submitAnswer({
        prisma,
        actor: requireStaff(request, WRITERS),
        questionId: request.params.id,
        now: clock.now(),
      }),
  );
};
