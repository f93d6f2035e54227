const FIRST_MS = 2_000;
const MAX_MS = 60_000;

/**
 * How long to wait before opening a stream again after the server refused it (attempt 0 is the
 * first retry): doubling up to a minute, and spread at random over the upper half so that
 * thousands of viewers turned away by the same restart do not all come back in the same second.
 */
export function reopenDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_MS, FIRST_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
