import { notFound } from '../../core/errors.ts';
import type { Prisma, PrismaClient, StaffUser } from '../../generated/prisma/client.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** An account of the tenant; another department's account answers the same 404 as a missing one. */
export async function requireTenantStaff(db: Db, tenantId: string, id: string): Promise<StaffUser> {
  const user = await db.staffUser.findFirst({ where: { id, tenantId } });
  if (!user) throw notFound('staff_not_found', 'Không tìm thấy tài khoản này.');
  return user;
}
