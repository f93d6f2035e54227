import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-handler.ts';

/**
 * Serves the built web app from the same process and port as the API. Any GET outside /api
 * that matches no file gets index.html, so deep links such as /exchanges/:id work.
 */
export async function registerSpa(app: FastifyInstance, distDir: string | null): Promise<void> {
  const servesSpa = distDir !== null && fs.existsSync(path.join(distDir, 'index.html'));
  if (!servesSpa) {
    app.log.warn({ distDir }, 'web app not built; serving the API only');
    app.setNotFoundHandler((request, reply) => routeNotFound(request, reply));
    return;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    // Built assets carry a content hash in their names; index.html must never be cached.
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/')) {
      return routeNotFound(request, reply);
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}

function routeNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, {
    status: 404,
    code: 'route_not_found',
    detail: 'Không tìm thấy địa chỉ này.',
  });
}
