import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findPublicExchange, type PublicExchangeRow } from './exchange-repository.ts';

type Entry = { row: Promise<PublicExchangeRow | null>; readAt: number };

/**
 * The public exchanges asked for most often, kept for a second: in a rush every question sent
 * needs its exchange's times and fields, and reading them once per question would be most of
 * the database's work. A change announced on the exchange's public stream (rescheduled,
 * cancelled, started, ended) drops the copy at once; the second is only the upper bound.
 */
export class PublicExchangeCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: { ttlMs?: number; maxEntries?: number } = {},
  ) {}

  find(tenantId: string, id: string): Promise<PublicExchangeRow | null> {
    const key = `${tenantId}:${id}`;
    const now = performance.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.readAt < (this.options.ttlMs ?? 1_000)) return cached.row;

    const row = findPublicExchange(this.prisma, tenantId, id);
    // Neither a failed read nor "not found" is kept: an exchange announced a moment ago must
    // not stay a 404 for the rest of the second.
    row.then(
      (found) => {
        if (!found && this.entries.get(key)?.row === row) this.entries.delete(key);
      },
      () => this.entries.delete(key),
    );
    this.entries.delete(key);
    this.entries.set(key, { row, readAt: now });
    if (this.entries.size > (this.options.maxEntries ?? 2_000)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return row;
  }

  invalidate(exchangeId: string): void {
    for (const key of this.entries.keys()) {
      if (key.endsWith(`:${exchangeId}`)) this.entries.delete(key);
    }
  }

  invalidateAll(): void {
    this.entries.clear();
  }
}
