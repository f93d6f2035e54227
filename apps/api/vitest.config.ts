import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages are read from their TypeScript sources (the `source` export condition).
const conditions = ['source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests that need a database server several processes share: run when DATABASE_URL is set
    // (as CI does); the embedded database belongs to one process.
    exclude: process.env.DATABASE_URL ? [] : ['test/*.server-only.test.ts'],
    testTimeout: 30_000,
    // Opening PGlite and migrating can take >10 s when other tasks share the two cores.
    hookTimeout: 60_000,
  },
});
