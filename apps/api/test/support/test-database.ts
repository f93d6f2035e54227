import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';
import { findPrismaPaths } from '../../src/db/prisma-paths.ts';

export type TestDatabase = { databaseUrl?: string; dataDir: string; drop(): Promise<void> };

/**
 * A fresh database for one test file: PGlite in a temp folder, or a new database on the server of
 * DATABASE_URL. Both are copies of a template migrated once per state of prisma/migrations, which
 * is much faster than migrating each one; `migrated: false` gives an empty database instead.
 */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const dataDir = await mkdtemp(join(tmpdir(), 'giaoluu-test-'));
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      if (migrated) await cp(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
      return { dataDir, drop: removeDataDir };
    }
    const name = `giaoluu_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withAdmin(serverUrl, async (admin) => {
      const template = migrated
        ? ` TEMPLATE ${quote(await postgresTemplate(admin, serverUrl))}`
        : '';
      await admin.query(`CREATE DATABASE ${quote(name)}${template}`);
    });
    const drop = async () => {
      await withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
      );
      await removeDataDir();
    };
    return { databaseUrl: databaseUrl(serverUrl, name), dataDir, drop };
  } catch (error) {
    await removeDataDir();
    throw error;
  }
}

/** The `pglite` folder of a migrated PGlite, built once per key and reused across runs. */
async function pgliteTemplate(): Promise<string> {
  const template = join(
    tmpdir(),
    `giaoluu-pglite-template-${await templateKey(await pgliteVersion())}`,
  );
  const ready = join(template, 'pglite');
  if (await exists(ready)) return ready;
  await withFolderLock(`${template}.lock`, async () => {
    if (await exists(ready)) return;
    // Built aside and renamed, so that a half-built template is never taken for a ready one.
    const building = `${template}.building`;
    await rm(building, { recursive: true, force: true });
    const db = await openDatabase({ dataDir: building });
    await db.close();
    await rename(building, template);
  });
  return ready;
}

/** A migrated database on the server, to copy with CREATE DATABASE … TEMPLATE. */
async function postgresTemplate(admin: pg.Client, serverUrl: string): Promise<string> {
  const name = `giaoluu_template_${await templateKey('postgres')}`;
  // Session-level lock: concurrent test files wait here while the first one builds the template.
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${quote(building)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quote(building)}`);
    const db = await openDatabase({
      databaseUrl: databaseUrl(serverUrl, building),
      dataDir: tmpdir(),
    });
    await db.close();
    await admin.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

const TEMPLATE_LOCK = 7_104_221_901;

/** Changes whenever a migration is added or edited, so a stale template is never reused. */
async function templateKey(engine: string): Promise<string> {
  const { migrationsDir } = findPrismaPaths();
  const hash = createHash('sha256').update(engine);
  const paths = (await readdir(migrationsDir, { recursive: true })).sort();
  for (const path of paths) {
    const file = join(migrationsDir, path);
    if (!(await stat(file)).isFile()) continue;
    hash.update(`\0${path}\0`).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** A data folder written by one PGlite version is not guaranteed to open in another. */
async function pgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = await readFile(join(dirname(dirname(entry)), 'package.json'), 'utf8');
  return `pglite ${(JSON.parse(manifest) as { version: string }).version}`;
}

async function withFolderLock(lock: string, work: () => Promise<void>): Promise<void> {
  const staleAfterMs = 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A run killed while building leaves its lock behind.
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > staleAfterMs) await rm(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
