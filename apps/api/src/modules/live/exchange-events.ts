import {
  type ExchangeChangeReason,
  PUBLIC_LIVE_EVENTS,
  STAFF_LIVE_EVENTS,
} from '@giaoluu/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { type ExchangeTimes, exchangeState } from '../exchanges/exchange-state.ts';
import { appendLiveEvent, notifyScheduleChanged } from './live-event-store.ts';

/** The phases the live clock announces; before the live start there is nothing to announce. */
export type AnnouncedPhase = 'live' | 'ended';

export function phaseAt(exchange: ExchangeTimes, now: Date): AnnouncedPhase | null {
  const state = exchangeState(exchange, now);
  return state === 'live' || state === 'ended' ? state : null;
}

/**
 * Tells both streams of an exchange that it changed, in the changing transaction: viewers and
 * officers re-read it. The phase it is in now is noted as announced, so that an admin opening
 * late or extending is told once, by this event, and not a second time by the live clock.
 */
export async function appendExchangeChanged(
  tx: Prisma.TransactionClient,
  change: { tenantId: string; exchangeId: string; reason: ExchangeChangeReason; now: Date },
): Promise<void> {
  const exchange = await tx.exchange.findFirst({
    where: { id: change.exchangeId, tenantId: change.tenantId },
    select: { announcedAt: true, intakeOpensAt: true, liveStartsAt: true, liveEndsAt: true },
  });
  // A draft has no public page and no desk yet: nobody is watching it.
  if (!exchange?.announcedAt) return;

  await tx.exchange.update({
    where: { id: change.exchangeId },
    data: { announcedPhase: phaseAt(exchange, change.now) },
  });
  await appendExchangeNews(tx, change);
  await notifyScheduleChanged(tx);
}

/** The `exchange.changed` event itself, on the public stream and the desk's alike. */
export async function appendExchangeNews(
  tx: Prisma.TransactionClient,
  news: { tenantId: string; exchangeId: string; reason: ExchangeChangeReason },
): Promise<void> {
  for (const channel of ['public', 'staff'] as const) {
    await appendLiveEvent(tx, {
      tenantId: news.tenantId,
      exchangeId: news.exchangeId,
      channel,
      type:
        channel === 'public'
          ? PUBLIC_LIVE_EVENTS.exchangeChanged
          : STAFF_LIVE_EVENTS.exchangeChanged,
      payload: { reason: news.reason },
    });
  }
}
