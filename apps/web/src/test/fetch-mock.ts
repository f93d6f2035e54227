import { vi } from 'vitest';

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
};

type Reply = Response | Promise<Response>;
type Handler = (request: RecordedRequest) => Reply;

export function json(status: number, body: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, code: string, detail: string, extra: object = {}) {
  return json(status, { type: 'about:blank', title: 'Lỗi', status, code, detail, ...extra });
}

/**
 * Replaces fetch with a table of "METHOD /path" → handler (the path includes the query
 * string). Every request is recorded, and an unexpected one fails the test loudly.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://hanoi.localhost');
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);

    const handler = routes[`${request.method} ${request.path}`];
    if (!handler) throw new Error(`Unexpected request: ${request.method} ${request.path}`);
    return handler(request);
  });

  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}
