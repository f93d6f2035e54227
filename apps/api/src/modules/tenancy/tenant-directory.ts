import type { PrismaClient } from '../../generated/prisma/client.ts';

export type TenantContext = {
  id: string;
  slug: string;
  kind: 'ministry' | 'department';
  name: string;
};

type CacheEntry = { tenant: TenantContext | null; expiresAt: number };

// Every request resolves its tenant; the tenant table is tiny and changes rarely, so a short
// cache spares the database a query per request. Inactive tenants resolve to null.
const TTL_MS = 30_000;
// Unknown slugs are cached too (a typo'd host gets hammered by retries), so the map is bounded.
const MAX_ENTRIES = 500;

export class TenantDirectory {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly prisma: PrismaClient) {}

  async findActive(slug: string): Promise<TenantContext | null> {
    const cached = this.cache.get(slug);
    if (cached && cached.expiresAt > Date.now()) return cached.tenant;

    const row = await this.prisma.tenant.findUnique({
      where: { slug },
      select: { id: true, slug: true, kind: true, name: true, active: true },
    });
    const tenant = row?.active
      ? { id: row.id, slug: row.slug, kind: row.kind, name: row.name }
      : null;

    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(slug, { tenant, expiresAt: Date.now() + TTL_MS });
    return tenant;
  }

  /**
   * The tenant of a slug if it is already known, without a query: null for a slug known to
   * name no active tenant, undefined when it would take a read to tell.
   */
  peekActive(slug: string): TenantContext | null | undefined {
    const cached = this.cache.get(slug);
    return cached && cached.expiresAt > Date.now() ? cached.tenant : undefined;
  }

  forget(slug: string): void {
    this.cache.delete(slug);
  }
}
