import { readStorage, writeStorage } from '../../shared/browser/storage.ts';

const KEY = 'giaoluu:staff-exchange';

/** The exchange last worked on, so the menu leads straight back to it on the next visit. */
export function readCurrentExchange(): string | null {
  return readStorage(KEY);
}

export function rememberCurrentExchange(id: string): void {
  writeStorage(KEY, id);
}
