import type { TenantDto } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { TenantContext } from './tenant-directory.ts';

/** The public face of a tenant: its name and how to reach it. */
export async function getTenantProfile(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  ministryUrl: string;
}): Promise<TenantDto> {
  const row = await options.prisma.tenant.findUniqueOrThrow({ where: { id: options.tenant.id } });

  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    provinceName: row.provinceName,
    contacts: { email: row.contactEmail, phone: row.contactPhone, address: row.address },
    ministryUrl: options.ministryUrl,
  };
}
