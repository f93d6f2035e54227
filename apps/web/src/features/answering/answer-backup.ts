import { readStorage, removeStorage, writeStorage } from '../../shared/browser/storage.ts';

const PREFIX = 'giaoluu:answer-backup:';

/**
 * A copy, on this computer, of what was typed in an answer and not yet confirmed saved by the
 * server. `baseUpdatedAt` is the version of the server's draft the typing started from: the
 * copy is offered back only over that same version, never over someone else's later edits.
 */
export type AnswerBackup = { html: string; baseUpdatedAt: string | null };

export function readAnswerBackup(questionId: string): AnswerBackup | null {
  const raw = readStorage(PREFIX + questionId);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { html, baseUpdatedAt } = value as Record<string, unknown>;
    if (typeof html !== 'string') return null;
    return { html, baseUpdatedAt: typeof baseUpdatedAt === 'string' ? baseUpdatedAt : null };
  } catch {
    return null;
  }
}

export function writeAnswerBackup(questionId: string, backup: AnswerBackup): void {
  writeStorage(PREFIX + questionId, JSON.stringify(backup));
}

export function removeAnswerBackup(questionId: string): void {
  removeStorage(PREFIX + questionId);
}

/** On signing out: answers in progress are not left behind on a shared computer. */
export function clearAnswerBackups(): void {
  try {
    const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(PREFIX));
    for (const key of keys) removeStorage(key);
  } catch {
    // Storage is unavailable: then nothing was written either.
  }
}
