import type { Me } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import type { StaffActor } from './staff-actor.ts';

export async function describeStaff(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  tenant: TenantContext;
  csrfToken: string;
}): Promise<Me> {
  const { actor, tenant } = options;
  const user = await options.prisma.staffUser.findUniqueOrThrow({ where: { id: actor.id } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    position: user.position,
    roles: actor.roles,
    tenant: { slug: tenant.slug, name: tenant.name, kind: tenant.kind },
    csrfToken: options.csrfToken,
  };
}
