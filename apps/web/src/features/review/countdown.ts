import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 2 h 13 min 40 s → "2 giờ 13 phút": the two largest units, counted down by whole minutes. */
export function formatDuration(ms: number, t: TFunction): string {
  if (ms < MINUTE) return t('duration.underMinute');

  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);

  if (days > 0) {
    return hours > 0
      ? `${t('duration.days', { count: days })} ${t('duration.hours', { count: hours })}`
      : t('duration.days', { count: days });
  }
  if (hours > 0) {
    return minutes > 0
      ? `${t('duration.hours', { count: hours })} ${t('duration.minutes', { count: minutes })}`
      : t('duration.hours', { count: hours });
  }
  return t('duration.minutes', { count: minutes });
}

/** The current time, renewed every `intervalMs`, for what counts down on screen. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
