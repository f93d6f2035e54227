import type { StaffRole, StaffUserDto } from '@giaoluu/contracts';
import type { StaffUser } from '../../generated/prisma/client.ts';

/** An account as its admin sees it: never the password hash, lockout counters or sessions. */
export function presentStaff(user: StaffUser): StaffUserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    position: user.position,
    roles: user.roles as StaffRole[],
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** What the audit log keeps of an account: the fields an admin changes, never credentials. */
export function staffSnapshot(user: StaffUser) {
  return {
    name: user.name,
    position: user.position,
    roles: user.roles,
    disabled: user.disabledAt !== null,
  };
}
