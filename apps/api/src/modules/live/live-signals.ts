import { EventEmitter } from 'node:events';
import type { LiveChannel } from '../../generated/prisma/client.ts';

/** Wakes this process's hubs; one per process, because the embedded database is one too. */
const localSignals = new EventEmitter();
// Every app instance in the process (tests build several) adds one listener.
localSignals.setMaxListeners(0);

export function signalLiveEvent(exchangeId: string, channel: LiveChannel): void {
  localSignals.emit('wake', exchangeId, channel);
}

/** Calls `wake` with the exchange of every local signal until the returned stop is called. */
export function onLocalLiveSignal(
  wake: (exchangeId: string, channel: LiveChannel) => void,
): () => void {
  localSignals.on('wake', wake);
  return () => localSignals.off('wake', wake);
}

/** A due time of the live clock moved (an exchange was announced, rescheduled or cancelled). */
export function signalScheduleChanged(): void {
  localSignals.emit('schedule');
}

export function onLocalScheduleChange(changed: () => void): () => void {
  localSignals.on('schedule', changed);
  return () => localSignals.off('schedule', changed);
}
