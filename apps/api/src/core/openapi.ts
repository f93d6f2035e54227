import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * The OpenAPI document is generated from the same zod schemas that validate requests and
 * shape responses, so the contract cannot drift from the code.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Giao lưu trực tuyến API',
        description:
          'Public and staff API of the online exchange platform. The tenant (department or ministry) ' +
          'is chosen by the Host header: <slug>.<base domain>. Errors are application/problem+json ' +
          'with a stable `code` and a Vietnamese `detail`.',
        version: '0.1.0',
      },
      tags: [{ name: 'public', description: 'No account needed' }],
    },
    transform: jsonSchemaTransform,
  });

  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
