import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { readMigrationsFolder } from './migrations-folder.ts';
import { withSchemaEngine } from './schema-engine.ts';

/**
 * What `prisma migrate deploy` does: applies the migrations not yet recorded in
 * `_prisma_migrations`, and returns their names (empty when the database is up to date).
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(migrationsDir);
  const output = await withSchemaEngine(adapterFactory, (engine) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  );
  return output.appliedMigrationNames;
}
