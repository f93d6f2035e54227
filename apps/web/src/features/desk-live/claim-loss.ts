import type { ClaimChangedEvent, DeskQuestion } from '@giaoluu/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { deskKeys } from '../desk/query-keys.ts';

/** A question this officer held, now held by someone else. */
export type ClaimLoss = { questionId: string; title: string; by: string };

/**
 * Whether a claim change takes a question away from this officer. A take-over names whom it
 * was taken from and the title, so the officer is told whatever page they have open. Other
 * changes (and events from before the server named them) are checked against the cache: the
 * question's page or "my questions" knows who held it. Released (no holder now) is the
 * officer's own doing or the end of the work, not a loss.
 */
export function claimLoss(
  queryClient: QueryClient,
  meId: string,
  change: ClaimChangedEvent,
): ClaimLoss | null {
  const { questionId, holder } = change;
  if (!holder || holder.id === meId) return null;
  if (change.previousHolderId !== undefined) {
    if (change.previousHolderId !== meId) return null;
    const title = change.title ?? cachedQuestion(queryClient, questionId)?.title ?? '';
    return { questionId, title, by: holder.name };
  }
  const known = cachedQuestion(queryClient, questionId);
  if (known?.claimedBy?.id !== meId) return null;
  return { questionId, title: known.title, by: holder.name };
}

function cachedQuestion(queryClient: QueryClient, id: string): DeskQuestion | undefined {
  const open = queryClient.getQueryData<DeskQuestion>(deskKeys.question(id));
  if (open) return open;
  const mine = queryClient.getQueryData<{ items: DeskQuestion[] }>(deskKeys.mine());
  return mine?.items.find((item) => item.id === id);
}
