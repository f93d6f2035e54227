import type { Prisma } from '../../generated/prisma/client.ts';

// Advisory lock keys of the live clock's tasks, in a namespace of their own.
const CLOCK_LOCK_SPACE = 0x636c6f63;
export const CLOCK_TASKS = { phases: 1, counters: 2 } as const;

/**
 * Takes a live clock task for the rest of the transaction, or answers false at once when
 * another instance holds it: that instance is doing the same work at the same second, and a
 * second one doing it too would only wait, or deadlock on the rows both update.
 */
export async function takeClockTask(tx: Prisma.TransactionClient, task: number): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ taken: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(${CLOCK_LOCK_SPACE}::int, ${task}::int) AS taken`;
  return row?.taken === true;
}
