import { type Me, meSchema } from '@giaoluu/contracts';
import { isApiError } from '../../shared/api/api-error.ts';
import { apiFetch, type ResponseSchema } from '../../shared/api/api-fetch.ts';

// The contract names this reply in prose only; checked by hand so the web needs no zod.
const csrfSchema: ResponseSchema<string> = {
  safeParse: (value) => {
    const token = (value as { csrfToken?: unknown } | undefined)?.csrfToken;
    return typeof token === 'string' && token !== ''
      ? { success: true, data: token }
      : { success: false };
  },
};

/** The signed-in staff member, or null when nobody is: a 401 here is an answer, not a fault. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch('/auth/me', meSchema, { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** A token for the changes made before signing in (the sign-in itself). */
export function fetchCsrfToken(signal?: AbortSignal): Promise<string> {
  return apiFetch('/auth/csrf', csrfSchema, { signal });
}
