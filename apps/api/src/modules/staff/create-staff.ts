import type { StaffUserDto, ValidStaffCreate } from '@giaoluu/contracts';
import { recordAudit } from '../../core/audit.ts';
import { conflict } from '../../core/errors.ts';
import { isUniqueViolation } from '../../core/prisma-errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { StaffActor } from '../auth/staff-actor.ts';
import { presentStaff, staffSnapshot } from './present-staff.ts';
import { departmentRoles } from './staff-roles.ts';

/** A new account of the admin's department, signed in with the initial password it is given. */
export async function createStaffAccount(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  input: ValidStaffCreate;
}): Promise<StaffUserDto> {
  const { prisma, actor, now, input } = options;

  const roles = departmentRoles(input.roles);
  const passwordHash = await hashPassword(input.password);

  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.staffUser.create({
        data: {
          tenantId: actor.tenantId,
          email: input.email,
          name: input.name,
          position: input.position ?? null,
          roles,
          passwordHash,
          passwordSetAt: now,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: 'staff.create',
        entityType: 'StaffUser',
        entityId: created.id,
        after: { email: created.email, ...staffSnapshot(created) },
      });
      return created;
    });
    return presentStaff(user);
  } catch (error) {
    // The unique index on (tenant, e-mail) decides, so two admins racing cannot both win.
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'email_taken',
      `Địa chỉ email ${input.email} đã được dùng cho một tài khoản khác của Sở.`,
    );
  }
}
