import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Driver } from './driver.ts';
import { pgliteExtensions } from './pglite-extensions.ts';
import { pgliteMigrationAdapter } from './pglite-migration-adapter.ts';

/** PGlite persisted in `<dataDir>/pglite`, one instance shared by Prisma and the schema engine. */
export async function openPGliteDriver(dataDir: string): Promise<Driver> {
  const path = join(dataDir, 'pglite');
  await mkdir(path, { recursive: true });
  const client = await PGlite.create(path, { extensions: pgliteExtensions });
  return {
    kind: 'pglite',
    clientAdapter: new PrismaPGlite(client),
    withMigrationAdapter: async (work) => {
      const adapter = pgliteMigrationAdapter(client);
      try {
        return await work(adapter);
      } finally {
        await adapter.closeShadows();
      }
    },
    close: () => client.close(),
  };
}
