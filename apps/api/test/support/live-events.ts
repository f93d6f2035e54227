import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { appendLiveEvent, type LiveEventInput } from '../../src/modules/live/live-event-store.ts';

/** Appends one event the way domain code does, in a transaction of its own; its id, as text. */
export async function appendEvent(prisma: PrismaClient, event: LiveEventInput): Promise<string> {
  const id = await prisma.$transaction((tx) => appendLiveEvent(tx, event));
  return String(id);
}
