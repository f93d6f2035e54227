import { createHash, randomBytes } from 'node:crypto';

/** A fresh session token for the cookie; only its hash is stored, so a leaked table opens nothing. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
