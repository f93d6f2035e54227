import type { PrismaClient } from '../../generated/prisma/client.ts';
import { CLOCK_TASKS, takeClockTask } from './clock-task-lock.ts';
import { appendExchangeNews } from './exchange-events.ts';

type PhaseChange = { id: string; tenantId: string; announcedPhase: 'live' | 'ended' };

/**
 * Tells open pages that an exchange went live or ended on the clock. The state itself follows
 * the clock on every read; what this adds is the news, once: the row's announcedPhase is
 * compared and set in one UPDATE, and of several instances ticking at the same second only the
 * one holding the task does it. Returns how many exchanges changed phase.
 */
export async function announcePhases(prisma: PrismaClient, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    if (!(await takeClockTask(tx, CLOCK_TASKS.phases))) return 0;

    const changed = await tx.$queryRaw<PhaseChange[]>`
      UPDATE "Exchange" SET "announcedPhase" = phase.value
      FROM (
        SELECT "id", CASE WHEN "liveEndsAt" <= ${now} THEN 'ended' ELSE 'live' END AS value
        FROM "Exchange"
        WHERE "announcedAt" IS NOT NULL AND "cancelledAt" IS NULL AND "liveStartsAt" <= ${now}
      ) AS phase
      WHERE "Exchange"."id" = phase."id"
        AND "Exchange"."announcedPhase" IS DISTINCT FROM phase.value
      RETURNING "Exchange"."id", "Exchange"."tenantId", "Exchange"."announcedPhase"`;

    // Events of several exchanges in one transaction: take their locks in one order.
    changed.sort((a, b) => a.id.localeCompare(b.id));
    for (const exchange of changed) {
      await appendExchangeNews(tx, {
        tenantId: exchange.tenantId,
        exchangeId: exchange.id,
        reason: exchange.announcedPhase === 'live' ? 'started' : 'ended',
      });
    }
    return changed.length;
  });
}
