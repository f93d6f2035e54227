import { defineConfig } from 'prisma/config';

// `prisma generate` looks for the native schema engine (which it would download) although it
// never uses it; any executable satisfies the check, so generation works offline.
// Migrations are created and applied by the WebAssembly engine instead (apps/api/src/db/migrations).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/true';
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
