import { recordAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { StaffActor } from './staff-actor.ts';

/** A new password ends every other session of the account: a stolen one stops working. */
export async function changePassword(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  currentPassword: string;
  newPassword: string;
  now: Date;
}): Promise<void> {
  const { prisma, actor, now } = options;
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: actor.id } });

  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw new AppError(422, 'validation_failed', 'Mật khẩu hiện tại không đúng.', {
      errors: [
        {
          field: 'currentPassword',
          code: 'wrong_password',
          message: 'Mật khẩu hiện tại không đúng.',
        },
      ],
    });
  }

  const passwordHash = await hashPassword(options.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: actor.id },
      data: { passwordHash, passwordSetAt: now },
    });
    await tx.loginSession.updateMany({
      where: { userId: actor.id, revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: now },
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'auth.password_changed',
      entityType: 'StaffUser',
      entityId: actor.id,
      at: now,
    });
  });
}
