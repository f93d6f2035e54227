import fp from 'fastify-plugin';
import { AppError } from '../../core/errors.ts';
import { tenantRoutes } from './routes.ts';
import { ministryUrl, tenantSlugFromHost } from './tenant-host.ts';

// These serve every host alike: the load balancer's probe and the API's own documentation.
const TENANTLESS_PREFIXES = ['/api/health', '/api/openapi.json', '/api/docs', '/api/test/'];

function needsTenant(url: string): boolean {
  return url.startsWith('/api/') && !TENANTLESS_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * Resolves the tenant of every API request from its Host header, before anything else runs.
 * An unknown or inactive tenant answers 404 with the ministry's address, so a person who
 * mistyped a province can find their way.
 */
export const tenancyPlugin = fp(
  async (app) => {
    const { config, tenants } = app.deps;
    app.decorateRequest('tenantContext', null);

    app.addHook('onRequest', async (request) => {
      if (!needsTenant(request.url)) return;

      const slug = tenantSlugFromHost(request.headers.host, config.baseDomain);
      const tenant = slug ? await tenants.findActive(slug) : null;
      if (!tenant) {
        throw new AppError(404, 'tenant_not_found', 'Không tìm thấy trang của đơn vị này.', {
          ministryUrl: ministryUrl({
            scheme: config.publicUrlScheme,
            baseDomain: config.baseDomain,
            requestHost: request.headers.host,
          }),
        });
      }

      request.tenantContext = tenant;
      // Added to the request's own logger (pino's setBindings) rather than to a child of it:
      // one logger per request instead of two.
      const log = request.log as typeof request.log & {
        setBindings?: (bindings: Record<string, string>) => void;
      };
      if (log.setBindings) log.setBindings({ tenant: tenant.slug });
      else request.log = request.log.child({ tenant: tenant.slug });
    });

    await app.register(tenantRoutes);
  },
  { name: 'tenancy' },
);
