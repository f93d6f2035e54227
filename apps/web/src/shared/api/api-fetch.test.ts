import { exchangeListSchema } from '@giaoluu/contracts';
import { describe, expect, it, vi } from 'vitest';
import { shouldRetry } from '../../app/query-client.ts';
import { json, problem } from '../../test/fetch-mock.ts';
import { ApiError } from './api-error.ts';
import { apiFetch } from './api-fetch.ts';

describe('apiFetch', () => {
  it('returns the body checked against the schema', async () => {
    const fetchMock = vi.fn(async () => json(200, { items: [] }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(apiFetch('/exchanges', exchangeListSchema)).resolves.toEqual({ items: [] });
    expect(fetchMock).toHaveBeenCalledWith('/api/exchanges', expect.anything());
  });

  it('throws the server problem as an ApiError', async () => {
    vi.stubGlobal('fetch', async () => problem(404, 'exchange_not_found', 'Không tìm thấy.'));

    const error = await apiFetch('/exchanges/x', exchangeListSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe('exchange_not_found');
    expect((error as ApiError).problem.detail).toBe('Không tìm thấy.');
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await apiFetch('/exchanges', exchangeListSchema).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(0);
    expect((error as ApiError).code).toBe('network_error');
  });

  it('refuses a body that does not match the contract', async () => {
    vi.stubGlobal('fetch', async () => json(200, { items: [{ id: 'not-an-exchange' }] }));

    const error = await apiFetch('/exchanges', exchangeListSchema).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('invalid_response');
  });

  it('copes with an error page that is not JSON', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = await apiFetch('/exchanges', exchangeListSchema).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(502);
  });
});

describe('shouldRetry', () => {
  const apiError = (status: number) =>
    new ApiError(status, { type: 'about:blank', title: '', status, code: 'x', detail: '' });

  it('never retries a 4xx', () => {
    expect(shouldRetry(0, apiError(404))).toBe(false);
    expect(shouldRetry(0, apiError(429))).toBe(false);
  });

  it('retries network failures and 5xx a couple of times', () => {
    expect(shouldRetry(0, apiError(0))).toBe(true);
    expect(shouldRetry(1, apiError(503))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
  });
});
