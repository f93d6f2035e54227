import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// 'source' first: the workspace packages are consumed as TypeScript, with no build step
// between editing a shared schema and seeing it here.
const conditions = ['source', ...defaultClientConditions];

const STAFF_PACKAGES = [
  '@tiptap',
  '@mantine[\\\\/](tiptap|form)',
  'prosemirror-',
  'linkifyjs',
  'orderedmap',
  'rope-sequence',
  'w3c-keyname',
];
const STAFF_ONLY = new RegExp(`node_modules[\\\\/](${STAFF_PACKAGES.join('|')})`);

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  server: {
    port: 5173,
    host: true,
    allowedHosts: ['.localhost', 'localhost'],
    proxy: {
      // changeOrigin stays false so that the Host header (hanoi.localhost …) reaches the API,
      // which resolves the tenant from it.
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files stay in browser caches
        // across our releases, which matters on the day every province goes live at once.
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks)/, priority: 3 },
            // Only the staff area writes rich text or fills long forms: the public never
            // downloads these. Below mantine, so that the libraries both use stay there.
            { name: 'staff-vendor', test: STAFF_ONLY, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A zone far from Hanoi, so a test passes only if dates ignore the machine's zone.
    env: { TZ: 'America/New_York' },
    // Form tests type whole questions key by key; a loaded two-core machine needs the margin.
    testTimeout: 15_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
