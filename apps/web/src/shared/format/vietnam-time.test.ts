import { describe, expect, it } from 'vitest';
import {
  formFromInstant,
  instantFromForm,
  nextDay,
  parseClockTime,
  parseDayMonthYear,
  vietnamInstant,
} from './vietnam-time.ts';

describe('Vietnam wall-clock times', () => {
  it('runs in a zone far from Hanoi, so nothing below can lean on the machine clock', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });

  it('turns the form boxes into an instant at +07:00', () => {
    expect(instantFromForm('27/12/2026', '08:00')).toBe('2026-12-27T08:00:00+07:00');
    expect(instantFromForm('7/1/2027', '8h30')).toBe('2027-01-07T08:30:00+07:00');
    // Midnight in Hanoi is still the evening before in New York: the day must not shift.
    expect(instantFromForm('01/03/2027', '00:15')).toBe('2027-03-01T00:15:00+07:00');
    expect(new Date('2027-03-01T00:15:00+07:00').toISOString()).toBe('2027-02-28T17:15:00.000Z');
  });

  it('keeps the same answer across the daylight-saving change of the machine zone', () => {
    // New York moves its clocks on 14/03/2027; Vietnam does not.
    expect(instantFromForm('14/03/2027', '14:00')).toBe('2027-03-14T14:00:00+07:00');
    expect(formFromInstant('2027-03-14T07:00:00Z')).toEqual({ day: '14/03/2027', time: '14:00' });
  });

  it('shows an instant back in the form on the Vietnam clock', () => {
    expect(formFromInstant('2026-12-27T01:00:00Z')).toEqual({ day: '27/12/2026', time: '08:00' });
    expect(formFromInstant('2026-12-31T17:30:00.000Z')).toEqual({
      day: '01/01/2027',
      time: '00:30',
    });
  });

  it('refuses days and times that do not exist', () => {
    expect(parseDayMonthYear('31/02/2027')).toBeNull();
    expect(parseDayMonthYear('29/02/2028')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDayMonthYear('2026-12-27')).toBeNull();
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('8:75')).toBeNull();
    expect(instantFromForm('27/12/2026', '')).toBeNull();
  });

  it('steps to the next day across a year end', () => {
    expect(vietnamInstant(nextDay({ year: 2026, month: 12, day: 31 }))).toBe(
      '2027-01-01T00:00:00+07:00',
    );
  });
});
