import { Prisma } from '../generated/prisma/client.ts';

/**
 * A unique constraint refused the write: Prisma's P2002 from a model query, or PostgreSQL's
 * 23505 carried in P2010 from a raw one.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  return error.code === 'P2010' && JSON.stringify(error.meta ?? {}).includes('23505');
}
