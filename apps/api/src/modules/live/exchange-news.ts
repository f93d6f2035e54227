import { EventEmitter } from 'node:events';

/**
 * This instance's word that an exchange's public stream has something new, from whichever
 * source delivered it (LISTEN/NOTIFY or the in-process signal). Whoever keeps copies of public
 * data, such as the feed cache, listens and drops them. One per app.
 */
export class ExchangeNews {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per cache; there are few, and none is leaked per request.
    this.emitter.setMaxListeners(0);
  }

  publicChanged(exchangeId: string): void {
    this.emitter.emit('public', exchangeId);
  }

  /** Notifications may have been missed: every exchange may have changed. */
  everythingChanged(): void {
    this.emitter.emit('all');
  }

  onPublicChange(listener: (exchangeId: string | null) => void): () => void {
    const all = () => listener(null);
    this.emitter.on('public', listener);
    this.emitter.on('all', all);
    return () => {
      this.emitter.off('public', listener);
      this.emitter.off('all', all);
    };
  }
}
