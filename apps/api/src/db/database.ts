import { PrismaClient } from '../generated/prisma/client.ts';
import type { Driver } from './driver.ts';
import { applyMigrations } from './migrations/apply-migrations.ts';
import { openPGliteDriver } from './pglite-driver.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import { findPrismaPaths } from './prisma-paths.ts';

export type Database = {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** Migrations this open applied; empty when the database was already up to date. */
  appliedMigrations: string[];
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A PostgreSQL server; without it the database is an embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Apply pending migrations from prisma/migrations first (default true). */
  migrate?: boolean;
};

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const driver: Driver = options.databaseUrl
    ? openPostgresDriver(options.databaseUrl)
    : await openPGliteDriver(options.dataDir);
  let appliedMigrations: string[] = [];
  try {
    if (options.migrate ?? true) {
      const { migrationsDir } = findPrismaPaths();
      appliedMigrations = await driver.withMigrationAdapter((adapter) =>
        applyMigrations(adapter, migrationsDir),
      );
    }
  } catch (error) {
    await driver.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: driver.clientAdapter });
  return {
    prisma,
    kind: driver.kind,
    appliedMigrations,
    close: async () => {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
