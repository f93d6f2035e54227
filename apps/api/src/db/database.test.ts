import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { type Database, openDatabase } from './database.ts';
import { readMigrationsFolder } from './migrations/migrations-folder.ts';
import { findPrismaPaths } from './prisma-paths.ts';

const HOOK_TIMEOUT = 60_000;
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

async function migrationNames(): Promise<string[]> {
  const folder = await readMigrationsFolder(findPrismaPaths().migrationsDir);
  return folder.migrationDirectories.map((directory) => directory.path);
}

async function appliedRows(db: Database) {
  return db.prisma.$queryRaw<{ migration_name: string; finished: boolean }[]>`
    SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
    FROM _prisma_migrations ORDER BY migration_name`;
}

describe(`openDatabase on ${kind}`, () => {
  describe('on an empty database', () => {
    let target: TestDatabase;
    let db: Database | undefined;

    beforeAll(async () => {
      target = await createTestDatabase({ migrated: false });
    }, HOOK_TIMEOUT);

    afterAll(async () => {
      await db?.close();
      await target?.drop();
    }, HOOK_TIMEOUT);

    it('applies every migration and records it in _prisma_migrations', async () => {
      const names = await migrationNames();
      expect(names.some((name) => name.endsWith('_init'))).toBe(true);

      db = await openDatabase(target);
      expect(db.kind).toBe(kind);
      expect(db.appliedMigrations).toEqual(names);
      expect(await appliedRows(db)).toEqual(
        names.map((name) => ({ migration_name: name, finished: true })),
      );
      expect(await db.prisma.tenant.count()).toBe(0);
    });

    it('applies nothing when reopened', async () => {
      await db?.close();
      db = await openDatabase(target);
      expect(db.appliedMigrations).toEqual([]);
      expect(await appliedRows(db)).toHaveLength((await migrationNames()).length);
    });
  });

  describe('on a test database', () => {
    let target: TestDatabase;

    beforeAll(async () => {
      target = await createTestDatabase();
    }, HOOK_TIMEOUT);

    afterAll(async () => {
      await target?.drop();
    }, HOOK_TIMEOUT);

    it('starts migrated and keeps its data across close and reopen', async () => {
      const first = await openDatabase(target);
      expect(first.appliedMigrations).toEqual([]);
      const tenant = await first.prisma.tenant.create({
        data: { slug: 'ha-noi', kind: 'department', name: 'Sở Tư pháp Hà Nội' },
      });
      await first.close();

      const second = await openDatabase(target);
      try {
        expect(await second.prisma.tenant.findUnique({ where: { id: tenant.id } })).toMatchObject({
          slug: 'ha-noi',
          name: 'Sở Tư pháp Hà Nội',
        });
      } finally {
        await second.close();
      }
    });

    // Several instances share a database only on a PostgreSQL server (a PGlite folder belongs to
    // one process), so this case exists only there. Prisma's migration lock is held by the
    // connection that migrated until it closes; the engine waits 10 s for it before going ahead.
    if (kind === 'postgres') {
      it('lets a second instance migrate while one is open', async () => {
        const first = await openDatabase(target);
        try {
          const started = performance.now();
          const second = await openDatabase(target);
          expect(performance.now() - started).toBeLessThan(5_000);
          expect(second.appliedMigrations).toEqual([]);
          await second.close();
        } finally {
          await first.close();
        }
      });
    }
  });
});
