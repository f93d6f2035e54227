import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The security headers every response carries, as name and value pairs. */
export type SecurityHeaders = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * Security headers for every response, worked out once by helmet. Scripts come only from our
 * own origin (the built SPA has no inline script); styles may be inline because the component
 * library sets CSS variables at run time.
 *
 * None of the policies depends on the request, so helmet runs once, here, against a response
 * that only records what it is given, and every response gets the same list. (@fastify/helmet
 * builds its middleware anew for every request, which cost more than the rest of serving a
 * cached feed page.)
 */
export function securityHeaders(options: { https: boolean }): SecurityHeaders {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense where the site is served over HTTPS.
    strictTransportSecurity: options.https,
    crossOriginEmbedderPolicy: false,
  });

  const headers: Array<readonly [string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name.toLowerCase(), String(value)]),
    removeHeader: () => {},
  };
  let failure: unknown;
  setHeaders({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** Sets them on the raw response, so streams that write it themselves carry them too. */
export function registerSecurityHeaders(app: FastifyInstance, headers: SecurityHeaders): void {
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
