import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES } from './form-values.ts';
import { EMPTY_DRAFT, isBlankDraft, parseDraft, serialiseDraft } from './question-draft.ts';

describe('question draft', () => {
  it('round-trips what was typed and the pending idempotency key, but not consent or honeypot', () => {
    const draft = {
      values: { ...EMPTY_VALUES, title: 'Tiêu đề', consent: true, website: 'spam' },
      idempotencyKey: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    };

    expect(parseDraft(serialiseDraft(draft))).toEqual({
      values: { ...EMPTY_VALUES, title: 'Tiêu đề' },
      idempotencyKey: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    });
  });

  it('ignores broken or tampered storage', () => {
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(
      parseDraft(JSON.stringify({ values: { title: 42, askerKind: 'robot' }, idempotencyKey: 7 })),
    ).toEqual(EMPTY_DRAFT);
  });

  it('treats untouched defaults as nothing to keep', () => {
    expect(isBlankDraft(EMPTY_DRAFT)).toBe(true);
    expect(isBlankDraft({ ...EMPTY_DRAFT, idempotencyKey: 'k-12345678' })).toBe(false);
  });
});
