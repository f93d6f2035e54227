import { describe, expect, it } from 'vitest';
import { exchangeState, isIntakeOpen } from './exchange-state.ts';

const at = (iso: string) => new Date(iso);
const exchange = {
  announcedAt: at('2026-12-19T02:00:00Z'),
  intakeOpensAt: at('2026-12-19T02:00:00Z'),
  liveStartsAt: at('2026-12-27T01:00:00Z'),
  liveEndsAt: at('2026-12-27T09:30:00Z'),
};

describe('exchange state follows the clock', () => {
  it('is draft until announced, whatever the time', () => {
    expect(exchangeState({ ...exchange, announcedAt: null }, at('2026-12-27T02:00:00Z'))).toBe(
      'draft',
    );
  });

  it('turns live at the opening second and ended at the closing second', () => {
    expect(exchangeState(exchange, at('2026-12-27T00:59:59.999Z'))).toBe('announced');
    expect(exchangeState(exchange, at('2026-12-27T01:00:00Z'))).toBe('live');
    expect(exchangeState(exchange, at('2026-12-27T09:29:59.999Z'))).toBe('live');
    expect(exchangeState(exchange, at('2026-12-27T09:30:00Z'))).toBe('ended');
  });

  it('takes questions from the intake opening until the end of the live window', () => {
    expect(isIntakeOpen(exchange, at('2026-12-19T01:59:59Z'))).toBe(false);
    expect(isIntakeOpen(exchange, at('2026-12-19T02:00:00Z'))).toBe(true);
    expect(isIntakeOpen(exchange, at('2026-12-27T05:00:00Z'))).toBe(true);
    expect(isIntakeOpen(exchange, at('2026-12-27T09:30:00Z'))).toBe(false);
  });
});
