import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Just enough of EventSource to play the server's part in a test: `open`, `fail` and `emit`
 * do what the browser would on a connection, an error and an event. Every instance is kept,
 * so a test can see a stream being opened again.
 */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  static get last(): FakeEventSource | null {
    return FakeEventSource.instances.at(-1) ?? null;
  }

  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  /** 0 connecting, 1 open, 2 closed: the values of EventSource.readyState. */
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, Array<(event: Event) => void>>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }

  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  /** A dropped connection the browser retries (0), or a refusal it gives up on (2). */
  fail(readyState: 0 | 2 = 0) {
    this.readyState = readyState;
    this.onerror?.();
  }
  /** An event as the server writes it: `data` is sent as is when a string, else as JSON. */
  emit(type: string, { data, lastEventId = '' }: { data?: unknown; lastEventId?: string } = {}) {
    const text = typeof data === 'string' ? data : JSON.stringify(data ?? {});
    const event = new MessageEvent(type, { data: text, lastEventId });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** Every test of the calling file (or describe block) gets the fake, with no stream yet. */
export function installFakeEventSource(): void {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
