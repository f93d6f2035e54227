import {
  claimChangedEventSchema,
  exchangeParamsSchema,
  STAFF_LIVE_EVENTS,
} from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { followEventStream } from '../live/follow-event-stream.ts';
import { useOnline } from '../live/use-online.ts';
import { type ClaimLoss, claimLoss } from './claim-loss.ts';
import { createInvalidationBatcher } from './invalidation-batcher.ts';
import { DESK_EVENT_TYPES, EVERYTHING, staleKeys } from './stale-keys.ts';

export type DeskConnection = 'connecting' | 'open' | 'reconnecting' | 'offline';

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
 * How the stream is kept through drops and offline spells: followEventStream. When it had to be
 * opened again, the whole desk is read again in case the gap was longer than the server keeps.
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

    // Read before the lists are read again: the cache still says who held the question.
    function noticeClaimLoss(data: unknown) {
      const parsed = claimChangedEventSchema.safeParse(data);
      if (!parsed.success) return;
      const loss = claimLoss(queryClient, meId, parsed.data);
      if (loss) claimLost.current?.(loss);
    }

    const handlers = Object.fromEntries(
      DESK_EVENT_TYPES.map((type) => [
        type,
        (event: MessageEvent) => {
          const data = parse(event.data);
          if (type === STAFF_LIVE_EVENTS.claimChanged) noticeClaimLoss(data);
          for (const queryKey of staleKeys(type, data)) batcher.invalidate(queryKey);
        },
      ]),
    );
    const stop = followEventStream({
      url: `/api/desk/exchanges/${encodeURIComponent(exchangeId)}/events`,
      handlers,
      onStatus: setConnection,
      // The gap may have been longer than the server keeps: the whole desk is read again.
      onReopened: () => {
        for (const queryKey of EVERYTHING) batcher.invalidate(queryKey);
      },
    });
    return () => {
      stop();
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
