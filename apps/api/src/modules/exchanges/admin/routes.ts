import {
  adminExchangeListSchema,
  adminExchangeSchema,
  cancelExchangeSchema,
  exchangeInputSchema,
  exchangeParamsSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../../core/staff-problems.ts';
import { requireStaff } from '../../auth/staff-guard.ts';
import { announceExchange } from './announce-exchange.ts';
import { cancelExchange } from './cancel-exchange.ts';
import { createDraftExchange } from './create-exchange.ts';
import { getAdminExchange, listAdminExchanges } from './read-exchanges.ts';
import { updateExchange } from './update-exchange.ts';

const ADMIN = ['admin'] as const;

/** The department admin's side of exchanges: every state, and the moves between them. */
export const adminExchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.get(
    '/api/admin/exchanges',
    {
      schema: {
        tags: ['admin'],
        summary: "All the department's exchanges, drafts and cancelled included",
        response: { 200: adminExchangeListSchema, ...staffProblems },
      },
    },
    async (request) =>
      listAdminExchanges({ prisma, actor: requireStaff(request, ADMIN), now: clock.now() }),
  );

  app.post(
    '/api/admin/exchanges',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create an exchange as a draft',
        body: exchangeInputSchema,
        response: { 201: adminExchangeSchema, ...staffProblems },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request, ADMIN);
      const exchange = await createDraftExchange({
        prisma,
        actor,
        now: clock.now(),
        input: request.body,
      });
      return reply.status(201).send(exchange);
    },
  );

  app.get(
    '/api/admin/exchanges/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'One exchange of the department, whatever its state',
        params: exchangeParamsSchema,
        response: { 200: adminExchangeSchema, ...staffProblems },
      },
    },
    async (request) =>
      getAdminExchange({
        prisma,
        actor: requireStaff(request, ADMIN),
        now: clock.now(),
        id: request.params.id,
      }),
  );

  app.put(
    '/api/admin/exchanges/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Edit an exchange; fields and guests are replaced. Not once cancelled or ended',
        params: exchangeParamsSchema,
        body: exchangeInputSchema,
        response: { 200: adminExchangeSchema, ...staffProblems },
      },
    },
    async (request) =>
      updateExchange({
        prisma,
        actor: requireStaff(request, ADMIN),
        now: clock.now(),
        id: request.params.id,
        input: request.body,
      }),
  );

  app.post(
    '/api/admin/exchanges/:id/announce',
    {
      schema: {
        tags: ['admin'],
        summary: 'Announce a draft: its public page appears',
        params: exchangeParamsSchema,
        response: { 200: adminExchangeSchema, ...staffProblems },
      },
    },
    async (request) =>
      announceExchange({
        prisma,
        actor: requireStaff(request, ADMIN),
        now: clock.now(),
        id: request.params.id,
      }),
  );

  app.post(
    '/api/admin/exchanges/:id/cancel',
    {
      schema: {
        tags: ['admin'],
        summary: 'Cancel an exchange with a reason: it disappears from the public site',
        params: exchangeParamsSchema,
        body: cancelExchangeSchema,
        response: { 200: adminExchangeSchema, ...staffProblems },
      },
    },
    async (request) =>
      cancelExchange({
        prisma,
        actor: requireStaff(request, ADMIN),
        now: clock.now(),
        id: request.params.id,
        reason: request.body.reason,
      }),
  );
};
