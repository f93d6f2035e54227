import http from 'node:http';
import { hostOf } from './test-app.ts';

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET over a real socket, to the tenant a slug names (Node's fetch cannot set Host). */
export function httpGet(options: {
  port: number;
  path: string;
  slug?: string;
  method?: string;
  headers?: Record<string, string>;
}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: hostOf(options.slug ?? 'hanoi'), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}
