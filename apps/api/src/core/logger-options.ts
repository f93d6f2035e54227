import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import { pino } from 'pino';

/**
 * pino through Fastify: one line per request with its id; the tenant is bound by the tenancy
 * plugin. Bodies are never logged, and headers that carry credentials are redacted, so an
 * asker's contact details cannot reach a log line.
 */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): Pick<FastifyServerOptions, 'loggerInstance' | 'genReqId'> {
  const options = {
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
  return {
    loggerInstance: stream ? pino(options, stream) : pino(options),
    genReqId: () => randomUUID(),
  };
}
