import { recordAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { formatVietnamTime } from '../../core/vietnam-time.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { TenantContext } from '../tenancy/tenant-directory.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** Long enough for a live day (08:00–16:30) without signing in again. */
export const SESSION_TTL_MS = 12 * 3_600_000;

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'Email hoặc mật khẩu không đúng.');

/**
 * Checks the password of a staff member of this tenant and opens a session. After
 * MAX_FAILED_LOGINS wrong passwords in a row the account is locked for a while, whatever
 * the client or its address.
 */
export async function signIn(options: {
  prisma: PrismaClient;
  tenant: TenantContext;
  email: string;
  password: string;
  now: Date;
  userAgent?: string;
}): Promise<{ token: string; userId: string; expiresAt: Date }> {
  const { prisma, tenant, now } = options;

  const user = await prisma.staffUser.findUnique({
    where: { tenantId_email: { tenantId: tenant.id, email: options.email } },
  });
  if (!user) {
    await burnPasswordCheck(options.password);
    throw invalidCredentials();
  }

  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError(
      423,
      'account_locked',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${formatVietnamTime(user.lockedUntil)}.`,
    );
  }

  if (!(await verifyPassword(user.passwordHash, options.password))) {
    const failures = user.failedLogins + 1;
    const locks = failures >= MAX_FAILED_LOGINS;
    await prisma.staffUser.update({
      where: { id: user.id },
      data: locks
        ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
        : { failedLogins: failures },
    });
    if (locks) {
      await recordAudit(prisma, {
        tenantId: tenant.id,
        actorId: user.id,
        action: 'auth.locked',
        entityType: 'StaffUser',
        entityId: user.id,
        at: now,
      });
    }
    throw invalidCredentials();
  }

  if (user.disabledAt) {
    throw new AppError(
      403,
      'account_disabled',
      'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên của Sở.',
    );
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null },
    });
    await tx.loginSession.create({
      data: {
        tokenHash: hashSessionToken(token),
        userId: user.id,
        tenantId: tenant.id,
        userAgent: options.userAgent?.slice(0, 300) ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
      },
    });
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorId: user.id,
      action: 'auth.login',
      entityType: 'StaffUser',
      entityId: user.id,
      at: now,
    });
  });

  return { token, userId: user.id, expiresAt };
}
