/**
 * Every rule that depends on time (exchange state, answer visibility) asks a Clock, so tests can
 * stand one second before the live start without waiting.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. */
export function manualClock(
  start: Date,
): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * The system clock shifted by an offset that end-to-end tests move (see test-clock-routes.ts),
 * so a browser test can stand at an exchange's opening second without waiting a week.
 */
export function adjustableClock(): Clock & { setNow(at: Date): void; reset(): void } {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    setNow: (at) => {
      offsetMs = at.getTime() - Date.now();
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}
