import type { Config } from '../config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { TenantDirectory } from '../modules/tenancy/tenant-directory.ts';
import type { Clock } from './clock.ts';

/** What every capability plugin may use; decorated once on the app as `deps`. */
export type AppDeps = {
  config: Config;
  prisma: PrismaClient;
  clock: Clock;
  tenants: TenantDirectory;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
