import type { StaffList } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { StaffActor } from '../auth/staff-actor.ts';
import { presentStaff } from './present-staff.ts';

// A department has tens of accounts; this bound only guards against a runaway.
const LIST_LIMIT = 1000;

/** The accounts of the admin's own department, disabled ones included, oldest first. */
export async function listStaff(options: {
  prisma: PrismaClient;
  actor: StaffActor;
}): Promise<StaffList> {
  const users = await options.prisma.staffUser.findMany({
    where: { tenantId: options.actor.tenantId },
    orderBy: [{ createdAt: 'asc' }, { email: 'asc' }],
    take: LIST_LIMIT,
  });
  return { items: users.map(presentStaff) };
}
