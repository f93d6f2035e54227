import type { StaffRole, StaffUserDto, ValidStaffUpdate } from '@giaoluu/contracts';
import { recordAudit } from '../../core/audit.ts';
import { conflict } from '../../core/errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { changedFields } from '../audit/changed-fields.ts';
import type { StaffActor } from '../auth/staff-actor.ts';
import { presentStaff, staffSnapshot } from './present-staff.ts';
import { requireTenantStaff } from './staff-record.ts';
import { departmentRoles } from './staff-roles.ts';

/**
 * Changes an account of the admin's department. Disabling it also ends every session it has
 * open, so the person is signed out at once and stays out even if the account is enabled again.
 */
export async function updateStaffAccount(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  id: string;
  input: ValidStaffUpdate;
}): Promise<StaffUserDto> {
  const { prisma, actor, now, id, input } = options;

  const roles = input.roles === undefined ? undefined : departmentRoles(input.roles);
  if (id === actor.id) assertKeepsOwnAccess({ roles, disabled: input.disabled });

  const user = await prisma.$transaction(async (tx) => {
    const before = await requireTenantStaff(tx, actor.tenantId, id);

    const after = await tx.staffUser.update({
      where: { id: before.id },
      data: {
        name: input.name,
        position: input.position,
        roles,
        disabledAt: disabledAtAfter(before.disabledAt, input.disabled, now),
      },
    });

    if (input.disabled) {
      await tx.loginSession.updateMany({
        where: { userId: id, tenantId: actor.tenantId, revokedAt: null },
        data: { revokedAt: now },
      });
    }

    const change = changedFields(staffSnapshot(before), staffSnapshot(after));
    if (change) {
      await recordAudit(tx, {
        at: now,
        tenantId: actor.tenantId,
        actorId: actor.id,
        action: 'staff.update',
        entityType: 'StaffUser',
        entityId: id,
        ...change,
      });
    }
    return after;
  });

  return presentStaff(user);
}

/** Disabling keeps the original moment if the account was disabled already. */
function disabledAtAfter(current: Date | null, disabled: boolean | undefined, now: Date) {
  if (disabled === undefined) return undefined;
  return disabled ? (current ?? now) : null;
}

/** An admin cannot lock themself out: the department would be left without its admin. */
function assertKeepsOwnAccess(change: { roles?: StaffRole[]; disabled?: boolean }): void {
  if (change.disabled) {
    throw conflict(
      'cannot_disable_self',
      'Bạn không thể tự vô hiệu hóa tài khoản của mình. Hãy nhờ một quản trị viên khác của Sở.',
    );
  }
  if (change.roles && !change.roles.includes('admin')) {
    throw conflict(
      'cannot_remove_own_admin',
      'Bạn không thể tự bỏ vai trò quản trị của mình. Hãy nhờ một quản trị viên khác của Sở.',
    );
  }
}
