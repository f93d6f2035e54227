// Usage (from the repo root): npm run db:migration -- <name>
import { relative } from 'node:path';
import { findPrismaPaths } from '../prisma-paths.ts';
import { createMigration } from './create-migration.ts';

const rawName = process.argv.slice(2).join('_');
// Kept to [a-z0-9_], as Prisma's CLI does, so the folder name is portable and sorts cleanly.
const name = rawName
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_+|_+$/g, '');

if (!name) {
  console.error('Usage: npm run db:migration -- <name>   (e.g. add_question_tags)');
  process.exit(2);
}

const paths = findPrismaPaths();
const started = performance.now();
try {
  const created = await createMigration({ name, ...paths });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (created) {
    console.log(`Wrote ${relative(paths.repoRoot, created.path)} (${seconds} s):\n`);
    console.log(created.script);
  } else {
    console.log(`No change: prisma/schema.prisma matches the migrations folder (${seconds} s).`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
