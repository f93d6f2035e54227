import { EventEmitter } from 'node:events';

/** Wakes this process's hubs; one per process, because the embedded database is one too. */
const localSignals = new EventEmitter();
// Every app instance in the process (tests build several) adds one listener.
localSignals.setMaxListeners(0);

export function signalLiveEvent(exchangeId: string): void {
  localSignals.emit('wake', exchangeId);
}

/** Calls `wake` with the exchange id of every local signal until the returned stop is called. */
export function onLocalLiveSignal(wake: (exchangeId: string) => void): () => void {
  localSignals.on('wake', wake);
  return () => localSignals.off('wake', wake);
}
