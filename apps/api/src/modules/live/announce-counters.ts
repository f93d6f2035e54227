import { type ExchangeCountersEvent, PUBLIC_LIVE_EVENTS } from '@giaoluu/contracts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { CLOCK_TASKS, takeClockTask } from './clock-task-lock.ts';
import { appendLiveEvent } from './live-event-store.ts';

type LiveCounts = {
  id: string;
  tenantId: string;
  announcedCounts: ExchangeCountersEvent | null;
  questions: number;
  answered: number;
};

/**
 * Sends the live page's counters (questions received, answered) of every exchange in its live
 * window, when they moved since last sent. Counted as the exchange page counts them: every
 * question, and the answers the public can see. Run every few seconds, not on every question,
 * so a rush of questions costs one event per exchange per run. Returns how many were sent.
 */
export async function announceCounters(prisma: PrismaClient, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    if (!(await takeClockTask(tx, CLOCK_TASKS.counters))) return 0;

    const rows = await tx.$queryRaw<LiveCounts[]>`
      SELECT e."id", e."tenantId", e."announcedCounts",
        (SELECT count(*) FROM "Question" q WHERE q."exchangeId" = e."id")::int AS "questions",
        (SELECT count(*) FROM "Answer" a
          WHERE a."exchangeId" = e."id" AND a."status" = 'approved'
            AND a."publishAt" <= ${now} AND a."unpublishedAt" IS NULL)::int AS "answered"
      FROM "Exchange" e
      WHERE e."announcedAt" IS NOT NULL AND e."cancelledAt" IS NULL
        AND e."liveStartsAt" <= ${now} AND e."liveEndsAt" > ${now}
      ORDER BY e."id"`;

    let sent = 0;
    for (const row of rows) {
      const counts = { questions: row.questions, answered: row.answered };
      const last = row.announcedCounts;
      if (last?.questions === counts.questions && last.answered === counts.answered) continue;

      await tx.exchange.update({ where: { id: row.id }, data: { announcedCounts: counts } });
      await appendLiveEvent(tx, {
        tenantId: row.tenantId,
        exchangeId: row.id,
        channel: 'public',
        type: PUBLIC_LIVE_EVENTS.exchangeCounters,
        payload: counts,
      });
      sent++;
    }
    return sent;
  });
}
