import { problemSchema } from '@giaoluu/contracts';
import { ApiError, CLIENT_ERROR_CODES, clientProblem } from './api-error.ts';

/** The one thing needed of a zod schema; typed structurally so the web needs no zod import. */
export type ResponseSchema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
};

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ApiRequest = {
  method?: ApiMethod;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Lets the request outlive the page: the last save of a draft as the tab closes. */
  keepalive?: boolean;
};

/** For the answers that carry no body (204): accepts nothing and yields undefined. */
export const noContent: ResponseSchema<undefined> = {
  safeParse: (value) =>
    value === undefined ? { success: true, data: undefined } : { success: false },
};

/**
 * Calls the API on the same origin and returns the body checked against `schema`, so a
 * response that drifted from the contract fails here, loudly, rather than deep in a component.
 * Any failure is thrown as an ApiError.
 */
export async function apiFetch<T>(
  path: string,
  schema: ResponseSchema<T>,
  request: ApiRequest = {},
): Promise<T> {
  const response = await send(path, request);
  const body = await readJson(response);

  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      clientProblem(CLIENT_ERROR_CODES.invalidResponse, response.status, 'Invalid response body.'),
    );
  }
  return parsed.data;
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  try {
    return await fetch(`/api${path}`, {
      method: request.method ?? 'GET',
      headers,
      // Staff sessions ride on an HttpOnly cookie; it must never go to another origin.
      credentials: 'same-origin',
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      keepalive: request.keepalive,
    });
  } catch (error) {
    // An abort is React Query cancelling a query nobody needs any more: let it through as is.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, clientProblem(CLIENT_ERROR_CODES.network, 0, String(error)));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A problem the server sent, or a stand-in when a proxy answered with HTML or nothing. */
function toProblem(status: number, body: unknown) {
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return clientProblem(`http_${status}`, status, `HTTP ${status}`);
}
