import path from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  BASE_DOMAIN: z
    .string()
    .min(1)
    .default('localhost')
    .transform((value) => value.toLowerCase()),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }).optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: flag,
  PUBLIC_URL_SCHEME: z.enum(['http', 'https']).default('http'),
  QUESTION_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  TRACK_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  TEST_CLOCK: flag,
  LIVE_CLOCK: z.enum(['on', 'off', '']).default(''),
  WEB_DIST_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseDomain: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  logLevel: string;
  trustProxy: boolean;
  publicUrlScheme: 'http' | 'https';
  /** Question submissions allowed per client per 10 minutes. */
  questionRateLimit: number;
  /** Tracking look-ups allowed per client per minute; codes are unguessable, this keeps them so. */
  trackRateLimit: number;
  /** Sign-in attempts allowed per client per minute (accounts also lock after 5 failures). */
  loginRateLimit: number;
  webDistDir: string | undefined;
  /** End-to-end tests only: exposes /api/test/clock to move the server's clock. */
  testClock: boolean;
  /**
   * Whether the live clock runs by itself (see modules/live/live-clock.ts). On by default; off
   * for API tests, which run it step by step so that their streams hold exactly what they expect.
   */
  liveClock: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once, at boot; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.TEST_CLOCK && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  TEST_CLOCK: must not be set in production');
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseDomain: e.BASE_DOMAIN,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    publicUrlScheme: e.PUBLIC_URL_SCHEME,
    questionRateLimit: e.QUESTION_RATE_LIMIT,
    trackRateLimit: e.TRACK_RATE_LIMIT,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    webDistDir: e.WEB_DIST_DIR,
    testClock: e.TEST_CLOCK,
    liveClock: e.LIVE_CLOCK === '' ? e.NODE_ENV !== 'test' : e.LIVE_CLOCK === 'on',
  };
}
