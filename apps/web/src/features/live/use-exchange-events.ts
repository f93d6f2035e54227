import type { ExchangeState } from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { followEventStream } from './follow-event-stream.ts';
import { liveEventHandlers } from './live-event-handlers.ts';
import { useOnline } from './use-online.ts';

export type LiveConnection = 'connecting' | 'open' | 'reconnecting' | 'offline';

/**
 * Where the stream starts: after the event the page's feed already shows (the feed page's
 * `liveEventId`), so that nothing published between reading the feed and joining the stream is
 * lost; `ready: false` while the feed is still loading.
 */
export type ResumePoint = { ready: false } | { ready: true; lastEventId: string | null };
const FROM_NOW: ResumePoint = { ready: true, lastEventId: null };

/**
 * Keeps an exchange page current by Server-Sent Events instead of polling, for as long as
 * there is something to follow (announced or live). Each event updates the cached data in
 * place (see live-event-handlers).
 * How the stream is kept through drops and offline spells: followEventStream.
 */
export function useExchangeEvents(
  exchangeId: string,
  state: ExchangeState,
  resume: ResumePoint = FROM_NOW,
): LiveConnection | null {
  const queryClient = useQueryClient();
  // Read when the stream first opens; later readings of the feed do not reopen it.
  const resumeFrom = useRef<string | null>(null);
  resumeFrom.current = resume.ready ? resume.lastEventId : null;
  const online = useOnline();
  const [connection, setConnection] = useState<Exclude<LiveConnection, 'offline'>>('connecting');
  const following = state === 'live' || state === 'announced';

  useEffect(() => {
    if (!following || !resume.ready || typeof EventSource === 'undefined') return;

    const leaving = new AbortController();
    const stop = followEventStream({
      url: `/api/exchanges/${encodeURIComponent(exchangeId)}/events`,
      handlers: liveEventHandlers(queryClient, exchangeId, leaving.signal),
      lastEventId: resumeFrom.current,
      onStatus: setConnection,
    });
    return () => {
      stop();
      leaving.abort();
    };
  }, [exchangeId, following, queryClient, resume.ready]);

  if (!following) return null;
  return online ? connection : 'offline';
}
