import { describe, expect, it } from 'vitest';
import { triageMoves } from './triage-moves.ts';

describe('triage moves', () => {
  it('offers accepting only a new question, and assigning only an accepted one', () => {
    expect(triageMoves('submitted')).toEqual({ accept: true, reject: true, assign: false });
    expect(triageMoves('accepted')).toEqual({ accept: false, reject: true, assign: true });
    expect(triageMoves('assigned')).toEqual({ accept: false, reject: false, assign: true });
    expect(triageMoves('approved')).toEqual({ accept: false, reject: false, assign: false });
  });
});
