import type { ExchangeState } from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { liveEventHandlers } from './live-event-handlers.ts';
import { reopenDelay } from './reopen-delay.ts';
import { useOnline } from './use-online.ts';

export type LiveConnection = 'connecting' | 'open' | 'reconnecting' | 'offline';

/**
 * Where the stream starts: after the event the page's feed already shows (the feed page's
 * `liveEventId`), so that nothing published between reading the feed and joining the stream is
 * lost; `ready: false` while the feed is still loading.
 */
export type ResumePoint = { ready: false } | { ready: true; lastEventId: string | null };
const FROM_NOW: ResumePoint = { ready: true, lastEventId: null };

// EventSource.readyState values: following, and given up on for good.
const OPEN = 1;
const CLOSED = 2;

/**
 * Keeps an exchange page current by Server-Sent Events instead of polling, for as long as
 * there is something to follow (announced or live). Each event updates the cached data in
 * place (see live-event-handlers).
 *
 * A dropped connection is retried by EventSource itself, with Last-Event-ID, and the server
 * replays what was missed. The browser gives up only when the server answers with an error
 * (a proxy's 502 during a restart); then the stream is opened again here, passing the last
 * id as `?lastEventId=`, which the server reads the same way.
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
    const handlers = liveEventHandlers(queryClient, exchangeId, leaving.signal);
    const url = `/api/exchanges/${encodeURIComponent(exchangeId)}/events`;
    let source: EventSource | null = null;
    let lastEventId = resumeFrom.current ?? '';
    let attempts = 0;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;

    const open = () => {
      clearTimeout(reopenTimer);
      source?.close();
      const current = new EventSource(
        lastEventId ? `${url}?lastEventId=${encodeURIComponent(lastEventId)}` : url,
      );
      source = current;
      current.onopen = () => {
        attempts = 0;
        setConnection('open');
      };
      current.onerror = () => {
        setConnection('reconnecting');
        if (current.readyState !== CLOSED) return;
        reopenTimer = setTimeout(open, reopenDelay(attempts));
        attempts += 1;
      };
      for (const [type, handle] of Object.entries(handlers)) {
        current.addEventListener(type, (event) => {
          if (!(event instanceof MessageEvent)) return;
          if (event.lastEventId) lastEventId = event.lastEventId;
          handle(event);
        });
      }
    };

    // Back on the network: no need to sit out the rest of a retry delay.
    const onOnline = () => {
      if (source?.readyState !== OPEN) open();
    };
    // Off the network the connection is dead even if no error has surfaced yet (a phone's
    // socket can hang for minutes): close it, and open a new one, resuming after the last event,
    // when the network is back.
    const onOffline = () => {
      clearTimeout(reopenTimer);
      source?.close();
      setConnection('reconnecting');
    };

    setConnection('connecting');
    open();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimeout(reopenTimer);
      source?.close();
      leaving.abort();
    };
  }, [exchangeId, following, queryClient, resume.ready]);

  if (!following) return null;
  return online ? connection : 'offline';
}
