import { useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../../shared/browser/storage.ts';

const KEY = 'giaoluu:staff-exchange';
const listeners = new Set<() => void>();

/** The exchange last worked on, so the menu leads straight back to it on the next visit. */
export function readCurrentExchange(): string | null {
  return readStorage(KEY);
}

export function rememberCurrentExchange(id: string): void {
  if (readStorage(KEY) === id) return;
  writeStorage(KEY, id);
  for (const listener of listeners) listener();
}

/**
 * The same, kept current in the shell: a question page names its exchange only once the
 * question has loaded, and the live desk follows that exchange from then on.
 */
export function useCurrentExchange(): string | null {
  return useSyncExternalStore(subscribe, readCurrentExchange);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
