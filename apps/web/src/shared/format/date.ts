import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time is shown on the department's clock, whatever zone the reader's device is in. */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 2026-12-27T01:00:00Z → "27/12/2026 08:00". */
export function formatDateTime(instant: string | Date): string {
  return dayjs.utc(instant).tz(DISPLAY_TIME_ZONE).format('DD/MM/YYYY HH:mm');
}

/** 2026-12-27T01:00:00Z → "27/12/2026". */
export function formatDate(instant: string | Date): string {
  return dayjs.utc(instant).tz(DISPLAY_TIME_ZONE).format('DD/MM/YYYY');
}

/** 2026-12-27T01:00:00Z → "08:00 27/12/2026": time first, as when saying when something happens. */
export function formatTimeDate(instant: string | Date): string {
  return dayjs.utc(instant).tz(DISPLAY_TIME_ZONE).format('HH:mm DD/MM/YYYY');
}

/** 2026-12-27T01:00:05Z → "08:00:05". */
export function formatClock(instant: string | Date): string {
  return dayjs.utc(instant).tz(DISPLAY_TIME_ZONE).format('HH:mm:ss');
}
