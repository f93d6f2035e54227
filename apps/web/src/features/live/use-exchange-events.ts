import type { ExchangeState } from '@giaoluu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { exchangeKeys } from '../exchanges/query-keys.ts';

export type LiveConnection = 'connecting' | 'open' | 'reconnecting';

// Events after which the published Q&A or the counters on the page have changed.
const FEED_EVENTS = ['answer.published', 'answer.withdrawn'] as const;

/**
 * Keeps an exchange page current by Server-Sent Events instead of polling. The browser's
 * EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was
 * missed while the connection was down; each change refreshes the feed and the counters.
 */
export function useExchangeEvents(exchangeId: string, state: ExchangeState): LiveConnection | null {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const following = state === 'live' || state === 'announced';

  useEffect(() => {
    if (!following || typeof EventSource === 'undefined') return;

    const source = new EventSource(`/api/exchanges/${encodeURIComponent(exchangeId)}/events`);
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.feed(exchangeId) });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchangeId) });
    };

    source.onopen = () => setConnection('open');
    source.onerror = () => setConnection('reconnecting');
    for (const type of FEED_EVENTS) source.addEventListener(type, refresh);

    return () => source.close();
  }, [exchangeId, following, queryClient]);

  return following ? connection : null;
}
