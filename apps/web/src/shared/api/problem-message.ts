import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiError } from './api-error.ts';

/**
 * What to tell a person about a failed call: the server's own `detail` (Vietnamese, written
 * for people) whenever it sent one, else a message of ours in the current language.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
  if (error.code === CLIENT_ERROR_CODES.invalidResponse) return t('errors.invalidResponse');
  if (error.code.startsWith('http_')) return t('errors.generic');
  return error.problem.detail;
}
