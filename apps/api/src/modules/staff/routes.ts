import {
  idParamsSchema,
  staffCreateSchema,
  staffListSchema,
  staffUpdateSchema,
  staffUserSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffProblems } from '../../core/staff-problems.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { createStaffAccount } from './create-staff.ts';
import { listStaff } from './list-staff.ts';
import { updateStaffAccount } from './update-staff.ts';

const ADMIN = ['admin'] as const;

/** A department admin manages the accounts of their own department, and only those. */
export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock } = app.deps;

  app.get(
    '/api/admin/staff',
    {
      schema: {
        tags: ['admin'],
        summary: "The department's staff accounts, disabled ones included",
        response: { 200: staffListSchema, ...staffProblems },
      },
    },
    async (request) => listStaff({ prisma, actor: requireStaff(request, ADMIN) }),
  );

  app.post(
    '/api/admin/staff',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create an account with an initial password and department roles',
        body: staffCreateSchema,
        response: { 201: staffUserSchema, ...staffProblems },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request, ADMIN);
      const user = await createStaffAccount({
        prisma,
        actor,
        now: clock.now(),
        input: request.body,
      });
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/api/admin/staff/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change name, position, roles; disabling signs the person out at once',
        params: idParamsSchema,
        body: staffUpdateSchema,
        response: { 200: staffUserSchema, ...staffProblems },
      },
    },
    async (request) =>
      updateStaffAccount({
        prisma,
        actor: requireStaff(request, ADMIN),
        now: clock.now(),
        id: request.params.id,
        input: request.body,
      }),
  );
};
