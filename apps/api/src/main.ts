import fs from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { adjustableClock, systemClock } from './core/clock.ts';
import { registerTestClockRoutes } from './core/test-clock-routes.ts';
import { openDatabase } from './db/database.ts';
import { DEMO_DEPARTMENTS, DEMO_PASSWORD } from './seed/demo-data.ts';
import { seedDatabase } from './seed/seed.ts';

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();

  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await seedDatabase(db.prisma, { demo: config.demo, now: systemClock.now() });

  const testClock = config.testClock ? adjustableClock() : null;
  const app = await buildApp({ config, prisma: db.prisma, clock: testClock ?? systemClock });
  if (testClock) {
    registerTestClockRoutes(app, testClock);
    app.log.warn('TEST_CLOCK is on: the clock can be moved through /api/test/clock');
  }
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  printWelcome(config, db.kind);
}

function printWelcome(config: ReturnType<typeof loadConfig>, databaseKind: string) {
  const port = config.port === 80 ? '' : `:${config.port}`;
  const url = (slug: string) => `http://${slug}.${config.baseDomain}${port}/`;
  const lines = [
    '',
    `  Giao lưu trực tuyến is running (database: ${databaseKind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL'}).`,
    `  Open the demo department:  ${url(DEMO_DEPARTMENTS[0])}`,
    `  The ministry:              ${url('bo')}`,
    `  API documentation:         ${url(DEMO_DEPARTMENTS[0])}api/docs`,
  ];
  if (config.demo)
    lines.push(
      `  Demo staff: admin@hanoi.demo, moderator@…, expert@…, leader@… — password ${DEMO_PASSWORD}`,
    );
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
