// Starts the built app for the end-to-end suite on a fresh embedded database with demo data.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const dataDir = 'e2e/.data';
fs.rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    DEMO: '1',
    PORT: process.env.E2E_PORT ?? '3100',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TEST_CLOCK: '1',
    // The suite signs in a dozen officers within a minute from one address.
    LOGIN_RATE_LIMIT: '1000',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
