import type { FastifyRequest } from 'fastify';

// Ids are bigint sequence values; anything else did not come from us and is ignored.
const EVENT_ID = /^\d{1,19}$/;

/**
 * Where a reconnecting viewer left off: the Last-Event-ID header that EventSource sends, or
 * `?lastEventId=` from a client that cannot set headers. Unusable values count as absent.
 */
export function lastEventIdOf(request: FastifyRequest, queryValue: string | undefined) {
  const header = request.headers['last-event-id'];
  const value = (Array.isArray(header) ? header[0] : header) ?? queryValue;
  return value !== undefined && EVENT_ID.test(value.trim()) ? BigInt(value.trim()) : undefined;
}
