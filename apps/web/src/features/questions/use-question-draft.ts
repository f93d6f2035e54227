import { useCallback, useEffect, useState } from 'react';
import { randomId } from '../../shared/browser/random-id.ts';
import { readStorage, removeStorage, writeStorage } from '../../shared/browser/storage.ts';
import type { QuestionFormValues } from './form-values.ts';
import {
  draftStorageKey,
  EMPTY_DRAFT,
  isBlankDraft,
  parseDraft,
  type QuestionDraft,
  serialiseDraft,
} from './question-draft.ts';

/** The form's state, mirrored to localStorage per exchange on every change. */
export function useQuestionDraft(exchangeId: string) {
  const storageKey = draftStorageKey(exchangeId);
  const [initial] = useState(() => parseDraft(readStorage(storageKey)));
  const [draft, setDraft] = useState<QuestionDraft>(initial ?? EMPTY_DRAFT);

  useEffect(() => {
    if (isBlankDraft(draft)) removeStorage(storageKey);
    else writeStorage(storageKey, serialiseDraft(draft));
  }, [storageKey, draft]);

  const update = useCallback((change: Partial<QuestionFormValues>) => {
    setDraft((current) => ({ ...current, values: { ...current.values, ...change } }));
  }, []);

  /** The key of the send about to start: the pending one if a previous send had no answer. */
  const idempotencyKeyForSend = useCallback((): string => {
    if (draft.idempotencyKey) return draft.idempotencyKey;
    const key = randomId();
    setDraft((current) => ({ ...current, idempotencyKey: key }));
    return key;
  }, [draft.idempotencyKey]);

  /** The server answered definitively (a 4xx): nothing was stored, the next send is a new one. */
  const forgetIdempotencyKey = useCallback(() => {
    setDraft((current) => ({ ...current, idempotencyKey: null }));
  }, []);

  const clear = useCallback(() => {
    removeStorage(storageKey);
    setDraft(EMPTY_DRAFT);
  }, [storageKey]);

  return {
    values: draft.values,
    restored: initial !== null && !isBlankDraft(initial),
    update,
    idempotencyKeyForSend,
    forgetIdempotencyKey,
    clear,
  };
}
