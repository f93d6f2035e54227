import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PrismaPaths = { repoRoot: string; schemaPath: string; migrationsDir: string };

/**
 * Walks up from this module to the repo root, so the same code finds prisma/ whether it runs from
 * apps/api/src (tsx, vitest) or from the compiled apps/api/dist.
 */
export function findPrismaPaths(
  start: string = dirname(fileURLToPath(import.meta.url)),
): PrismaPaths {
  for (let dir = start; ; dir = dirname(dir)) {
    const schemaPath = join(dir, 'prisma', 'schema.prisma');
    if (existsSync(schemaPath)) {
      return { repoRoot: dir, schemaPath, migrationsDir: join(dir, 'prisma', 'migrations') };
    }
    if (dirname(dir) === dir) {
      throw new Error(`No prisma/schema.prisma found in ${start} or any folder above it`);
    }
  }
}
