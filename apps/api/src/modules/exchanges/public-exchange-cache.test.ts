import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { PublicExchangeCache } from './public-exchange-cache.ts';

/** A database holding the given exchanges, counting the reads that reach it. */
function database(ids: Set<string>) {
  let reads = 0;
  const prisma = {
    exchange: {
      findFirst: async (query: { where: { id: string } }) => {
        reads++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return ids.has(query.where.id) ? { id: query.where.id, fields: [], guests: [] } : null;
      },
    },
  } as unknown as PrismaClient;
  return { prisma, reads: () => reads };
}

describe('the public exchange cache', () => {
  it('answers a crowd asking at once with one read, until news of the exchange', async () => {
    const db = database(new Set(['ex-1']));
    const cache = new PublicExchangeCache(db.prisma);
    const found = await Promise.all(Array.from({ length: 500 }, () => cache.find('t', 'ex-1')));
    expect(found.every((row) => row?.id === 'ex-1')).toBe(true);
    expect(db.reads()).toBe(1);

    cache.invalidate('ex-1');
    await cache.find('t', 'ex-1');
    expect(db.reads()).toBe(2);
  });

  it('does not keep "not found": an exchange announced a moment later is found at once', async () => {
    const ids = new Set<string>();
    const db = database(ids);
    const cache = new PublicExchangeCache(db.prisma);
    expect(await cache.find('t', 'ex-2')).toBeNull();
    ids.add('ex-2');
    expect((await cache.find('t', 'ex-2'))?.id).toBe('ex-2');
  });
});
