import { problemSchema, tenantSchema } from '@giaoluu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireTenant } from './tenant-context.ts';
import { ministryUrl } from './tenant-host.ts';
import { getTenantProfile } from './tenant-profile.ts';

export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma, config } = app.deps;

  app.get(
    '/api/tenant',
    {
      schema: {
        tags: ['public'],
        summary: 'The department (or ministry) this host belongs to',
        response: { 200: tenantSchema, 404: problemSchema },
      },
    },
    async (request) =>
      getTenantProfile({
        prisma,
        tenant: requireTenant(request),
        ministryUrl: ministryUrl({
          scheme: config.publicUrlScheme,
          baseDomain: config.baseDomain,
          requestHost: request.headers.host,
        }),
      }),
  );
};
