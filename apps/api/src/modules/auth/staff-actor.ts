import type { StaffRole } from '@giaoluu/contracts';

/** Who is acting: handed to every staff domain function, which never sees a request. */
export type StaffActor = {
  id: string;
  tenantId: string;
  name: string;
  position: string | null;
  roles: StaffRole[];
  sessionId: string;
};

export function hasAnyRole(actor: StaffActor, roles: readonly StaffRole[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
