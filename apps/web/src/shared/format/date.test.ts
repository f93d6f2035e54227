import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date.ts';

describe('formatDateTime', () => {
  it('shows a UTC instant on the Hanoi clock as dd/mm/yyyy HH:mm', () => {
    expect(formatDateTime('2026-12-27T01:00:00Z')).toBe('27/12/2026 08:00');
  });

  it('moves to the next day when the Hanoi clock has passed midnight', () => {
    expect(formatDateTime('2026-12-31T17:30:00.000Z')).toBe('01/01/2027 00:30');
  });

  it('accepts an instant written with an offset', () => {
    expect(formatDateTime('2026-06-01T09:15:00+02:00')).toBe('01/06/2026 14:15');
  });

  it('does not depend on the zone of the machine (tests run in New York, see vite.config)', () => {
    const instant = new Date('2026-12-27T01:00:00Z');
    expect(instant.getHours()).not.toBe(8);
    expect(formatDateTime(instant)).toBe('27/12/2026 08:00');
  });
});

describe('formatDate', () => {
  it('shows only the Hanoi calendar day', () => {
    expect(formatDate('2026-12-26T18:00:00Z')).toBe('27/12/2026');
  });
});
