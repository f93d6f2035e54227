import type { FeedItem } from '@giaoluu/contracts';
import { useState } from 'react';
import { EMPTY_HOLD, type FeedHold, reconcileHold, releaseHold } from './feed-hold.ts';

/**
 * The feed as the reader sees it: new items wait while `holding` (see feed-hold), until
 * `showHeld` is called. The hold is brought up to date while rendering, so a held item is
 * never painted, not even for one frame.
 */
export function useHeldFeed(items: FeedItem[], holding: boolean) {
  const ids = items.map((item) => item.id);
  const idsKey = ids.join(' ');
  const [hold, setHold] = useState<FeedHold>(() => reconcileHold(EMPTY_HOLD, ids, false));
  const [reconciledKey, setReconciledKey] = useState(idsKey);

  let current = hold;
  if (idsKey !== reconciledKey) {
    current = reconcileHold(hold, ids, holding);
    setReconciledKey(idsKey);
    setHold(current);
  }

  const held = new Set(current.held);
  return {
    visible: held.size === 0 ? items : items.filter((item) => !held.has(item.id)),
    heldCount: held.size,
    showHeld: () => setHold(releaseHold),
  };
}
