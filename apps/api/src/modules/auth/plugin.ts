import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import fp from 'fastify-plugin';
import { authRoutes } from './routes.ts';
import { cookieIsSecure, SESSION_COOKIE } from './session-cookie.ts';
import { findSessionActor } from './session-store.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Staff areas: every change there needs the CSRF token. The public question form carries no
// credentials, so it needs none.
const STAFF_PREFIXES = ['/api/auth/', '/api/desk/', '/api/admin/', '/api/ministry/'];

/**
 * Staff sessions: a server-side session behind an HttpOnly cookie, resolved on every request
 * that carries one, and CSRF tokens (double submit, @fastify/csrf-protection) on every change.
 */
export const authPlugin = fp(
  async (app) => {
    const { config, prisma, clock } = app.deps;

    await app.register(cookie);
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'gl_csrf',
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: cookieIsSecure(config) },
      getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    });

    app.decorateRequest('staffActor', null);

    app.addHook('preHandler', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token && request.tenantContext) {
        request.staffActor = await findSessionActor({
          prisma,
          tenantId: request.tenantContext.id,
          token,
          now: clock.now(),
        });
        if (request.staffActor) request.log = request.log.child({ staff: request.staffActor.id });
      }

      const isStaffChange =
        STATE_CHANGING.has(request.method) &&
        STAFF_PREFIXES.some((prefix) => request.url.startsWith(prefix));
      if (isStaffChange) {
        // The check is synchronous; on failure it has already sent the 403 through the error
        // handler, and returning the reply tells Fastify to stop here.
        let passed = false;
        app.csrfProtection(request, reply, () => {
          passed = true;
        });
        if (!passed) return reply;
      }
    });

    await app.register(authRoutes);
  },
  { name: 'auth', dependencies: ['tenancy'] },
);
