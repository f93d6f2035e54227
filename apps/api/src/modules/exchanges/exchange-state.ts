import type { ExchangeState } from '@giaoluu/contracts';

export type ExchangeTimes = {
  announcedAt: Date | null;
  intakeOpensAt: Date;
  liveStartsAt: Date;
  liveEndsAt: Date;
};

/**
 * The state of an exchange follows the clock, so no job has to flip it at 08:00 sharp.
 * Opening or closing early is done by moving liveStartsAt / liveEndsAt.
 */
export function exchangeState(exchange: ExchangeTimes, now: Date): ExchangeState {
  if (!exchange.announcedAt) return 'draft';
  if (now < exchange.liveStartsAt) return 'announced';
  if (now < exchange.liveEndsAt) return 'live';
  return 'ended';
}

/** Questions are taken from the intake opening until the live window closes. */
export function isIntakeOpen(exchange: ExchangeTimes, now: Date): boolean {
  const state = exchangeState(exchange, now);
  return state === 'live' || (state === 'announced' && now >= exchange.intakeOpensAt);
}
