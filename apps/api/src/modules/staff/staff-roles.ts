import { DEPARTMENT_ROLES, type StaffRole } from '@giaoluu/contracts';
import { invalidField } from '../../core/errors.ts';

const GRANTABLE = new Set<StaffRole>(DEPARTMENT_ROLES);

/**
 * The roles a department admin may give, without repeats. Ministry roles are given on the
 * ministry's site only, so asking for one here is a 422 on roles.
 */
export function departmentRoles(roles: StaffRole[]): StaffRole[] {
  if (roles.some((role) => !GRANTABLE.has(role))) {
    throw invalidField(
      'roles',
      'role_not_allowed',
      'Quản trị viên của Sở chỉ được giao các vai trò: quản trị, tiếp nhận, chuyên viên, lãnh đạo.',
    );
  }
  return DEPARTMENT_ROLES.filter((role) => roles.includes(role));
}
