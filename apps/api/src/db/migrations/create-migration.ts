import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../pglite-extensions.ts';
import { pgliteMigrationAdapter } from '../pglite-migration-adapter.ts';
import { ensureLockfile, readMigrationsFolder, writeMigration } from './migrations-folder.ts';
import { withSchemaEngine } from './schema-engine.ts';

export type CreatedMigration = { name: string; path: string; script: string };

/**
 * What `prisma migrate dev --create-only` does: replays the migrations folder on a shadow
 * database, diffs it against the schema and writes the difference as a new migration.
 * Both databases are in-memory PGlite, so no server is needed (adapter-pg fails this command).
 * Returns null when the schema has no change.
 */
export async function createMigration(options: {
  name: string;
  schemaPath: string;
  migrationsDir: string;
  repoRoot: string;
}): Promise<CreatedMigration | null> {
  await ensureLockfile(options.migrationsDir, 'postgresql');
  const migrationsList = await readMigrationsFolder(options.migrationsDir);
  const schemaFile = {
    // Paths in engine error messages are shown relative to the repo, as Prisma's CLI does.
    path: relative(options.repoRoot, options.schemaPath),
    content: await readFile(options.schemaPath, 'utf8'),
  };
  const main = new PGlite({ extensions: pgliteExtensions });
  const adapter = pgliteMigrationAdapter(main);
  try {
    // `diff` rather than `createMigration`: the Wasm engine only hands its adapter factory (and
    // with it a shadow database) to `diff`; `createMigration` fails on PostgreSQL without one.
    const output = await withSchemaEngine(adapter, (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [schemaFile] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    // With `exitCode`, the engine answers 2 when there is a difference and 0 when there is none.
    if (output.exitCode !== 2 || !output.stdout) return null;
    const name = `${timestamp(new Date())}_${options.name}`;
    const path = await writeMigration(options.migrationsDir, name, output.stdout);
    return { name, path, script: output.stdout };
  } finally {
    await adapter.closeShadows();
    await main.close();
  }
}

/** Prisma's folder prefix: yyyyMMddHHmmss in UTC, so folders sort in creation order. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}
