import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

export const SESSION_COOKIE = 'gl_session';

/** Outside development the cookie travels only over HTTPS. */
export function cookieIsSecure(config: Config): boolean {
  return config.env === 'production' || config.publicUrlScheme === 'https';
}

export function setSessionCookie(
  reply: FastifyReply,
  config: Config,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: cookieIsSecure(config),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: cookieIsSecure(config),
  });
}
