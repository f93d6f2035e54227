import type { StaffRole } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { hashSessionToken } from './session-token.ts';
import type { StaffActor } from './staff-actor.ts';

/**
 * The staff member behind a session cookie, if the session is open, unexpired, of this tenant
 * and its account still enabled. Revoking a session or disabling an account takes effect on
 * the next request.
 */
export async function findSessionActor(options: {
  prisma: PrismaClient;
  tenantId: string;
  token: string;
  now: Date;
}): Promise<StaffActor | null> {
  const session = await options.prisma.loginSession.findUnique({
    where: { tokenHash: hashSessionToken(options.token) },
    include: { user: true },
  });
  if (
    !session ||
    session.revokedAt ||
    session.expiresAt <= options.now ||
    session.tenantId !== options.tenantId ||
    session.user.disabledAt
  ) {
    return null;
  }

  return {
    id: session.user.id,
    tenantId: session.tenantId,
    name: session.user.name,
    position: session.user.position,
    roles: session.user.roles as StaffRole[],
    sessionId: session.id,
  };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string, now: Date) {
  await prisma.loginSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
}
