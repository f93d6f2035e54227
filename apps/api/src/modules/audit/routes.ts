import { auditPageSchema, auditQuerySchema, problemSchema } from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../auth/staff-guard.ts';
import { listAuditEntries } from './list-audit-entries.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma } = app.deps;

  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: "The department's audit log: who did what and when, with before and after",
        querystring: auditQuerySchema,
        response: {
          200: auditPageSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) =>
      listAuditEntries({ prisma, actor: requireStaff(request, ['admin']), query: request.query }),
  );
};
