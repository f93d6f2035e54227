import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { DISPLAY_TIME_ZONE } from './date.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Vietnam has kept UTC+7 all year since 1975, with no daylight saving, so a wall-clock time
 * there maps to exactly one instant. The conversion is therefore done on the text alone and
 * never touches the zone of the machine the browser runs on.
 */
export const VIETNAM_OFFSET = '+07:00';

export type CalendarDay = { year: number; month: number; day: number };
export type ClockTime = { hour: number; minute: number };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "27/12/2026", also "27-12-2026", "27.12.2026" and "7/1/2027": a real calendar day or null. */
export function parseDayMonthYear(text: string): CalendarDay | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;

  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay({ year, month, day }) ? { year, month, day } : null;
}

/** "08:00", also "8:00", "8h", "8h30" and "0830": a time of day or null. */
export function parseClockTime(text: string): ClockTime | null {
  const match = /^(\d{1,2})(?:[:hH.]?(\d{2}))?[hH]?$/.exec(text.trim());
  if (!match) return null;

  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** "YYYY-MM-DD" as a date input gives it. */
export function parseIsoDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;

  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDay(day) ? day : null;
}

/** A day and a time on the Vietnam clock → "2026-12-27T08:00:00+07:00". */
export function vietnamInstant(day: CalendarDay, time: ClockTime = { hour: 0, minute: 0 }): string {
  const date = `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:00${VIETNAM_OFFSET}`;
}

/** The form's two boxes ("27/12/2026", "08:00") → the instant, or null when either is wrong. */
export function instantFromForm(dayText: string, timeText: string): string | null {
  const day = parseDayMonthYear(dayText);
  const time = parseClockTime(timeText);
  return day && time ? vietnamInstant(day, time) : null;
}

/** An instant → the two boxes of the form, on the Vietnam clock: ["27/12/2026", "08:00"]. */
export function formFromInstant(instant: string): { day: string; time: string } {
  const local = dayjs.utc(instant).tz(DISPLAY_TIME_ZONE);
  return { day: local.format('DD/MM/YYYY'), time: local.format('HH:mm') };
}

/** The day after, across month and year ends. */
export function nextDay({ year, month, day }: CalendarDay): CalendarDay {
  if (isCalendarDay({ year, month, day: day + 1 })) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  return { year: year + 1, month: 1, day: 1 };
}

function isCalendarDay({ year, month, day }: CalendarDay): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Date.UTC rolls an impossible day (31/02) into the next month; comparing catches that.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1;
}
