import type { StaffExchange } from '../staff-shell/api.ts';

/**
 * At most this many streams besides the one the shell follows anyway. A browser talks to one
 * host over at most six HTTP/1.1 connections, and each open stream holds one: three streams in
 * all leave the rest for the page's own reads.
 */
export const EXTRA_STREAMS = 2;

/**
 * "My questions" across exchanges lists what this officer holds or was given in any of them,
 * so it must hear of changes in any exchange where work is under way, not only in the one the
 * shell follows. Those are the live exchanges first, then the announced ones soonest first;
 * ended, draft and cancelled exchanges take no new questions and are left out.
 */
export function exchangesToFollow(
  exchanges: readonly StaffExchange[],
  alreadyFollowed: string | null,
): string[] {
  const rank = (exchange: StaffExchange) => (exchange.state === 'live' ? 0 : 1);
  return exchanges
    .filter(
      (exchange) =>
        (exchange.state === 'live' || exchange.state === 'announced') &&
        exchange.status !== 'cancelled' &&
        exchange.id !== alreadyFollowed,
    )
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Date.parse(a.schedule.liveStartsAt) - Date.parse(b.schedule.liveStartsAt),
    )
    .slice(0, EXTRA_STREAMS)
    .map((exchange) => exchange.id);
}
