import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults that run on a fresh machine: port 3000, localhost, the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      baseDomain: 'localhost',
      databaseUrl: undefined,
      demo: false,
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('treats an empty DATABASE_URL as unset, and reads DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: '', DEMO: '1' })).toMatchObject({
      databaseUrl: undefined,
      demo: true,
    });
  });

  it('stops at start with a message naming each wrong setting', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    }
  });

  it('refuses to move the clock in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TEST_CLOCK: '1' })).toThrow(/TEST_CLOCK/);
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK: '1' }).testClock).toBe(true);
  });
});
