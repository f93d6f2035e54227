import {
  claimChangedEventSchema,
  exchangeParamsSchema,
  STAFF_LIVE_EVENTS,
} from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { reopenDelay } from '../live/reopen-delay.ts';
import { useOnline } from '../live/use-online.ts';
import { type ClaimLoss, claimLoss } from './claim-loss.ts';
import { createInvalidationBatcher } from './invalidation-batcher.ts';
import { DESK_EVENT_TYPES, EVERYTHING, staleKeys } from './stale-keys.ts';

export type DeskConnection = 'connecting' | 'open' | 'reconnecting' | 'offline';

// EventSource.readyState values: following, and given up on for good.
const OPEN = 1;
const CLOSED = 2;

type DeskEventsOptions = {
  /** The signed-in officer: a claim taken from them is worth telling them. */
  meId: string;
  /** Called when a question this officer held passes to someone else. */
  onClaimLost?: (loss: ClaimLoss) => void;
};

/**
 * Follows the staff stream of the exchange on the desk, for as long as the desk is open, and
 * marks stale exactly what each event changed so every open list and question reads again.
 *
 * The browser reconnects by itself after a dropped connection and sends Last-Event-ID, so the
 * server replays what was missed. It gives up for good on an HTTP error (a proxy's 502 while
 * the API restarts, say); then a new stream is opened here, resuming from the last event seen,
 * and the whole desk is read again in case the gap was longer than the server keeps. Back on
 * the network, a stream that is not following is opened again at once.
 */
export function useDeskEvents(
  exchangeId: string | null,
  { meId, onClaimLost }: DeskEventsOptions,
): DeskConnection | null {
  const queryClient = useQueryClient();
  const online = useOnline();
  const [connection, setConnection] = useState<Exclude<DeskConnection, 'offline'>>('connecting');
  const claimLost = useRef(onClaimLost);
  claimLost.current = onClaimLost;
  const followable =
    exchangeId !== null &&
    typeof EventSource !== 'undefined' &&
    exchangeParamsSchema.safeParse({ id: exchangeId }).success;

  useEffect(() => {
    if (!followable || exchangeId === null) return;

    const batcher = createInvalidationBatcher(queryClient);
    const base = `/api/desk/exchanges/${encodeURIComponent(exchangeId)}/events`;
    let source: EventSource | null = null;
    let lastEventId = '';
    let attempts = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    function open(resumed: boolean) {
      clearTimeout(retry);
      source?.close();
      const url = lastEventId ? `${base}?lastEventId=${encodeURIComponent(lastEventId)}` : base;
      const current = new EventSource(url);
      source = current;

      current.onopen = () => {
        attempts = 0;
        setConnection('open');
        if (resumed) for (const queryKey of EVERYTHING) batcher.invalidate(queryKey);
      };
      current.onerror = () => {
        setConnection('reconnecting');
        if (current.readyState !== CLOSED) return;
        // The browser will not try again: this stream is ours to reopen.
        current.close();
        retry = setTimeout(() => open(true), reopenDelay(attempts));
        attempts += 1;
      };
      for (const type of DESK_EVENT_TYPES) {
        current.addEventListener(type, (event) => {
          if (!(event instanceof MessageEvent)) return;
          if (event.lastEventId) lastEventId = event.lastEventId;
          const data = parse(event.data);
          if (type === STAFF_LIVE_EVENTS.claimChanged) noticeClaimLoss(data);
          for (const queryKey of staleKeys(type, data)) batcher.invalidate(queryKey);
        });
      }
    }

    // Read before the lists are read again: the cache still says who held the question.
    function noticeClaimLoss(data: unknown) {
      const parsed = claimChangedEventSchema.safeParse(data);
      if (!parsed.success) return;
      const loss = claimLoss(queryClient, meId, parsed.data);
      if (loss) claimLost.current?.(loss);
    }

    // Back on the network: no need to sit out the rest of a retry delay.
    const onOnline = () => {
      if (source?.readyState !== OPEN) open(true);
    };

    // Off the network the socket is dead even before an error shows: let it go, and open a
    // new stream, which catches up, when the network is back.
    const onOffline = () => {
      clearTimeout(retry);
      source?.close();
      setConnection('reconnecting');
    };

    setConnection('connecting');
    open(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimeout(retry);
      source?.close();
      batcher.dispose();
    };
  }, [exchangeId, followable, meId, queryClient]);

  if (!followable) return null;
  return online ? connection : 'offline';
}

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
