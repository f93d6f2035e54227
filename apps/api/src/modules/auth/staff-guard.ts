import type { StaffRole } from '@giaoluu/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { hasAnyRole, type StaffActor } from './staff-actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    staffActor: StaffActor | null;
  }
}

/**
 * The signed-in staff member, who must hold one of `roles` (any role when none are named).
 * Every staff route calls this first; the session was matched to this tenant already.
 */
export function requireStaff(
  request: FastifyRequest,
  roles: readonly StaffRole[] = [],
): StaffActor {
  const actor = request.staffActor;
  if (!actor) {
    throw new AppError(401, 'not_signed_in', 'Vui lòng đăng nhập để tiếp tục.');
  }
  if (roles.length > 0 && !hasAnyRole(actor, roles)) {
    throw new AppError(
      403,
      'forbidden',
      'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    );
  }
  return actor;
}
