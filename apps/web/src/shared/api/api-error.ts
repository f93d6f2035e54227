import type { Problem } from '@giaoluu/contracts';

/** Codes the client makes up itself, for failures where the server sent no problem. */
export const CLIENT_ERROR_CODES = {
  network: 'network_error',
  invalidResponse: 'invalid_response',
} as const;

/**
 * Every failed API call ends up as this one error, carrying the server's problem+json (or
 * one built here when the server could not be reached), so components handle one shape.
 * `status` is 0 when no HTTP response arrived.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }

  /** A 4xx is the server's final word on this request: repeating it unchanged cannot help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function clientProblem(code: string, status: number, detail: string): Problem {
  return { type: 'about:blank', title: code, status, code, detail };
}
