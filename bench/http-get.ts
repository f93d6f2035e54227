import http from 'node:http';
import type { CannedResponse } from './bare-http-server.ts';

// Headers that belong to one response or connection, not to the content.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * One GET over node:http with a Host header (Node's fetch cannot resolve *.localhost), kept
 * whole: status, the headers that describe the content, and the body's bytes.
 */
export function getOnce(options: { port: number; host: string; path: string }) {
  return new Promise<CannedResponse>((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        headers: { host: options.host },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (typeof value === 'string' && !PER_CONNECTION.has(name)) headers[name] = value;
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}
