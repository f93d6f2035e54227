import {
  loginRequestSchema,
  meSchema,
  passwordChangeSchema,
  problemSchema,
} from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../core/audit.ts';
import { requireTenant } from '../tenancy/tenant-context.ts';
import { changePassword } from './change-password.ts';
import { describeStaff } from './current-staff.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { findSessionActor, revokeSession } from './session-store.ts';
import { signIn } from './sign-in.ts';
import { requireStaff } from './staff-guard.ts';

const problems = {
  401: problemSchema,
  403: problemSchema,
  422: problemSchema,
  423: problemSchema,
  429: problemSchema,
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, clock, config } = app.deps;

  app.get(
    '/api/auth/csrf',
    {
      schema: {
        tags: ['staff'],
        summary: 'A CSRF token for the sign-in form',
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['staff'],
        summary: 'Sign in with e-mail and password',
        body: loginRequestSchema,
        response: { 200: meSchema, ...problems },
      },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const session = await signIn({
        prisma,
        tenant,
        email: request.body.email,
        password: request.body.password,
        now: clock.now(),
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, config, session.token, session.expiresAt);

      const actor = await findSessionActor({
        prisma,
        tenantId: tenant.id,
        token: session.token,
        now: clock.now(),
      });
      if (!actor) throw new Error('session just created was not found');
      return describeStaff({ prisma, actor, tenant, csrfToken: reply.generateCsrf() });
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['staff'],
        summary: 'Sign out: the session is revoked on the server',
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const now = clock.now();
      await revokeSession(prisma, actor.sessionId, now);
      await recordAudit(prisma, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: 'auth.logout',
        entityType: 'StaffUser',
        entityId: actor.id,
      });
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['staff'],
        summary: 'The signed-in staff member',
        response: { 200: meSchema, ...problems },
      },
    },
    async (request, reply) =>
      describeStaff({
        prisma,
        actor: requireStaff(request),
        tenant: requireTenant(request),
        csrfToken: reply.generateCsrf(),
      }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['staff'],
        summary: 'Change one’s own password',
        body: passwordChangeSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await changePassword({
        prisma,
        actor: requireStaff(request),
        ...request.body,
        now: clock.now(),
      });
      return reply.status(204).send(null);
    },
  );
};
