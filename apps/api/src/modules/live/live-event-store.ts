import { type LiveChannel, Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { signalLiveEvent, signalScheduleChanged } from './live-signals.ts';

/** The PostgreSQL channel that carries "<exchangeId>:<eventId>:<channel>" between instances. */
export const LIVE_NOTIFY_CHANNEL = 'giaoluu_live';
/** The channel that tells every instance's live clock to look at its due times again. */
export const SCHEDULE_NOTIFY_CHANNEL = 'giaoluu_schedule';

// The first key of the advisory lock that orders the events of one exchange; the second is the
// exchange id's hash. A fixed namespace keeps it apart from any other advisory lock.
export const LIVE_LOCK_SPACE = 0x6c697665;

export type LiveEventInput = {
  tenantId: string;
  exchangeId: string;
  channel: LiveChannel;
  type: string;
  payload: Prisma.InputJsonObject;
};

export type StoredLiveEvent = { id: bigint; type: string; payload: Prisma.JsonValue };

/**
 * Records an event in the caller's transaction, so it exists if and only if the change it
 * describes committed, and wakes the streams of its exchange once it has: PostgreSQL holds a
 * NOTIFY sent in a transaction until it commits and drops it on rollback; the in-process signal
 * serves the embedded database, where one process is every instance.
 *
 * The lock makes the events of one exchange commit in id order: without it a transaction that
 * took id 10 could commit after one that took id 11, and a stream that already moved past 11
 * would never send 10. It is held until commit, so call this last in the transaction.
 */
export async function appendLiveEvent(
  tx: Prisma.TransactionClient,
  event: LiveEventInput,
): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    WITH ${liveEventCtes(event)}
    SELECT inserted."id" FROM inserted, ${liveEventNotified(event)}`;
  if (!row) throw new Error('LiveEvent insert returned no row');

  signalLiveEvent(event.exchangeId, event.channel);
  return row.id;
}

/**
 * The lock and insert of one event, as the common table expressions `locked` and `inserted`, for
 * a statement that appends it in one round trip (with liveEventNotified), possibly beside a write
 * of its own. The insert reads from the lock's row, so the lock is held before the id is drawn.
 * Whoever runs it calls signalLiveEvent after it succeeds, as appendLiveEvent does.
 */
export function liveEventCtes(event: LiveEventInput): Prisma.Sql {
  return Prisma.sql`locked AS (
      SELECT pg_advisory_xact_lock(${LIVE_LOCK_SPACE}::int, hashtext(${event.exchangeId}))
    ), inserted AS (
      INSERT INTO "LiveEvent" ("tenantId", "exchangeId", "channel", "type", "payload")
      SELECT ${event.tenantId}::uuid, ${event.exchangeId}::uuid,
        ${event.channel}::"LiveChannel", ${event.type}, ${JSON.stringify(event.payload)}::jsonb
      FROM locked
      RETURNING "id"
    )`;
}

/** The NOTIFY of the event `inserted` (a lateral join), sent by PostgreSQL on commit. */
export function liveEventNotified(event: LiveEventInput): Prisma.Sql {
  return Prisma.sql`LATERAL (SELECT pg_notify(${LIVE_NOTIFY_CHANNEL},
    ${event.exchangeId} || ':' || inserted."id" || ':' || ${event.channel})) AS notified`;
}

/**
 * Tells every instance's live clock, after commit, that an exchange's times moved, so that a
 * clock asleep until a time that is no longer due wakes for the new one.
 */
export async function notifyScheduleChanged(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${SCHEDULE_NOTIFY_CHANNEL}, '')`;
  signalScheduleChanged();
}

/**
 * Events of one channel after `afterId`, oldest first. Taking the exchange's lock in shared mode
 * first waits for a transaction that is appending right now: a wake-up from the in-process
 * signal arrives before that commit, and reading without waiting would find nothing.
 */
export async function readLiveEvents(
  prisma: PrismaClient,
  query: { exchangeId: string; channel: LiveChannel; afterId: bigint; limit: number },
): Promise<StoredLiveEvent[]> {
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SELECT pg_advisory_xact_lock_shared(${LIVE_LOCK_SPACE}::int, hashtext(${query.exchangeId}))`,
    prisma.liveEvent.findMany({
      where: { exchangeId: query.exchangeId, channel: query.channel, id: { gt: query.afterId } },
      orderBy: { id: 'asc' },
      take: query.limit,
      select: { id: true, type: true, payload: true },
    }),
  ]);
  return rows;
}

/** The id of the newest event of a channel, or 0 when there is none (or not of that tenant). */
export async function latestLiveEventId(
  prisma: PrismaClient,
  query: { exchangeId: string; channel: LiveChannel; tenantId?: string },
): Promise<bigint> {
  const newest = await prisma.liveEvent.findFirst({
    where: {
      exchangeId: query.exchangeId,
      channel: query.channel,
      ...(query.tenantId ? { tenantId: query.tenantId } : {}),
    },
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  return newest?.id ?? 0n;
}
