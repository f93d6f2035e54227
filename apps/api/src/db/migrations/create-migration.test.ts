import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrismaPaths } from '../prisma-paths.ts';
import { createMigration } from './create-migration.ts';

describe('creating a migration offline', () => {
  const paths = findPrismaPaths();
  let sandbox: string;

  beforeAll(async () => {
    sandbox = await mkdtemp(path.join(os.tmpdir(), 'giaoluu-migration-'));
  });
  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  it('finds no change between the committed migrations and the schema', async () => {
    // Guards against a schema edit committed without its migration.
    const scratch = path.join(sandbox, 'unchanged');
    await cp(paths.migrationsDir, scratch, { recursive: true });
    const created = await createMigration({ ...paths, name: 'nothing', migrationsDir: scratch });
    expect(created).toBeNull();
  });

  it('writes the SQL of a schema change as a new migration folder', async () => {
    const scratch = path.join(sandbox, 'changed');
    await cp(paths.migrationsDir, scratch, { recursive: true });
    const schema = await readFile(paths.schemaPath, 'utf8');
    const changedSchema = path.join(sandbox, 'schema.prisma');
    await writeFile(
      changedSchema,
      schema.replace(
        '  active       Boolean    @default(true)',
        '  active       Boolean    @default(true)\n  motto String?',
      ),
    );

    const created = await createMigration({
      ...paths,
      schemaPath: changedSchema,
      name: 'add_motto',
      migrationsDir: scratch,
    });

    expect(created?.name).toMatch(/^\d{14}_add_motto$/);
    expect(created?.script).toMatch(/ALTER TABLE "Tenant" ADD COLUMN\s+"motto" TEXT/);
    const written = await readFile(
      path.join(scratch, created?.name ?? '', 'migration.sql'),
      'utf8',
    );
    expect(written).toBe(created?.script);
  });
});
