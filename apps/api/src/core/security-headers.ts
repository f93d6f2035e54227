import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers for every response. Scripts come only from our own origin (the built SPA has
 * no inline script); styles may be inline because the component library sets CSS variables
 * at run time.
 *
 * Helmet's middleware is built once here and applied to each response. (@fastify/helmet builds
 * it anew for every request, which cost more than the rest of serving a cached feed page.)
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
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

  app.addHook('onRequest', (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
}
