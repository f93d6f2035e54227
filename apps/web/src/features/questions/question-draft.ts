import { EMPTY_VALUES, type QuestionFormValues } from './form-values.ts';

/**
 * A draft kept in localStorage, so that a reload or a dropped connection on a phone does not
 * cost the person a long question. `idempotencyKey` is the key of a send whose outcome is not
 * known (the network failed); it must survive a reload too, or the retry could post twice.
 */
export type QuestionDraft = {
  values: QuestionFormValues;
  idempotencyKey: string | null;
};

export const EMPTY_DRAFT: QuestionDraft = { values: EMPTY_VALUES, idempotencyKey: null };

export const draftStorageKey = (exchangeId: string) => `giaoluu:question-draft:${exchangeId}`;

// Consent is asked again on each visit rather than remembered, and the honeypot is never kept.
const NOT_KEPT = ['consent', 'website'] as const;

export function serialiseDraft(draft: QuestionDraft): string {
  const values: Partial<QuestionFormValues> = { ...draft.values };
  for (const field of NOT_KEPT) delete values[field];
  return JSON.stringify({ values, idempotencyKey: draft.idempotencyKey });
}

/** Reads back a stored draft, keeping only values of the expected type: storage is user-writable. */
export function parseDraft(text: string | null): QuestionDraft | null {
  if (!text) return null;

  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(stored) || !isRecord(stored.values)) return null;

  const values: Record<string, unknown> = { ...EMPTY_VALUES };
  for (const [field, empty] of Object.entries(EMPTY_VALUES)) {
    const value = stored.values[field];
    if (typeof value === typeof empty && !(NOT_KEPT as readonly string[]).includes(field)) {
      values[field] = value;
    }
  }
  if (values.askerKind !== 'citizen' && values.askerKind !== 'business') {
    values.askerKind = EMPTY_VALUES.askerKind;
  }

  const key = stored.idempotencyKey;
  return {
    values: values as QuestionFormValues,
    idempotencyKey: typeof key === 'string' && key.length > 0 ? key : null,
  };
}

/** Nothing typed yet: there is nothing to keep or to announce as restored. */
export function isBlankDraft(draft: QuestionDraft): boolean {
  const { values } = draft;
  const typed = [
    values.askerName,
    values.organisation,
    values.locality,
    values.email,
    values.phone,
    values.fieldSlug,
    values.title,
    values.body,
  ];
  return draft.idempotencyKey === null && typed.every((value) => value.trim() === '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
