import { reopenDelay } from './reopen-delay.ts';

// EventSource.readyState values: following, and given up on for good.
const OPEN = 1;
const CLOSED = 2;

/** What a page shows of its stream; "offline" is the browser's word, added by the hooks. */
export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export type FollowOptions = {
  url: string;
  /** The event types to listen for, and what each does with its event. */
  handlers: Record<string, (event: MessageEvent) => void>;
  /** Resume after this event id from the start (the page already shows up to it). */
  lastEventId?: string | null;
  onStatus: (status: StreamStatus) => void;
  /** A stream opened again by us (not by the browser) is open: what it missed may be more. */
  onReopened?: () => void;
};

/**
 * Follows a Server-Sent Events stream for as long as the page needs it; returns the stop.
 *
 * A dropped connection is retried by EventSource itself, with Last-Event-ID, and the server
 * replays what was missed. The browser gives up only when the server answers with an error (a
 * proxy's 502 during a restart); then the stream is opened again here after a growing, spread
 * delay, passing the last id as `?lastEventId=`. Off the network the connection is dead even if
 * no error has surfaced yet (a phone's socket can hang for minutes): it is closed, and opened
 * again, resuming after the last event, as soon as the network is back.
 */
export function followEventStream(options: FollowOptions): () => void {
  let source: EventSource | null = null;
  let lastEventId = options.lastEventId ?? '';
  let attempts = 0;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;

  const open = (reopened: boolean) => {
    clearTimeout(reopenTimer);
    source?.close();
    const { url } = options;
    const current = new EventSource(
      lastEventId ? `${url}?lastEventId=${encodeURIComponent(lastEventId)}` : url,
    );
    source = current;
    current.onopen = () => {
      attempts = 0;
      options.onStatus('open');
      if (reopened) options.onReopened?.();
    };
    current.onerror = () => {
      options.onStatus('reconnecting');
      if (current.readyState !== CLOSED) return;
      // The browser will not try again: this stream is ours to reopen.
      current.close();
      reopenTimer = setTimeout(() => open(true), reopenDelay(attempts));
      attempts += 1;
    };
    for (const [type, handle] of Object.entries(options.handlers)) {
      current.addEventListener(type, (event) => {
        if (!(event instanceof MessageEvent)) return;
        if (event.lastEventId) lastEventId = event.lastEventId;
        handle(event);
      });
    }
  };

  // Back on the network: no need to sit out the rest of a retry delay.
  const onOnline = () => {
    if (source?.readyState !== OPEN) open(true);
  };
  const onOffline = () => {
    clearTimeout(reopenTimer);
    source?.close();
    options.onStatus('reconnecting');
  };

  options.onStatus('connecting');
  open(false);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  return () => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    clearTimeout(reopenTimer);
    source?.close();
  };
}
