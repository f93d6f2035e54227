import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyServerFactory, FastifyServerOptions } from 'fastify';

/**
 * A handler that may answer a request before Fastify sees it: true when it has answered,
 * false (having touched nothing) to let the request go on to Fastify.
 */
export type FrontLane = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * The HTTP server Fastify listens with, offering each request to the front lanes first. The
 * lanes are read at each request, so they can be added once the app's parts exist.
 *
 * With a server factory Fastify leaves the server's timeouts to it: they are set here as
 * Fastify sets them on the server it makes itself.
 */
export function frontLaneServer(lanes: readonly FrontLane[]): FastifyServerFactory {
  return (handler, options: FastifyServerOptions) => {
    const server = http.createServer((request, response) => {
      for (const lane of lanes) {
        if (lane(request, response)) return;
      }
      handler(request, response);
    });
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    server.setTimeout(options.connectionTimeout ?? 0);
    return server;
  };
}
