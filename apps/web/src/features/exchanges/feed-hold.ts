/**
 * Which feed items the reader sees and which wait behind the "new answers" indicator.
 * Items are identified by id; the feed lists them newest first.
 */
export type FeedHold = {
  /** Items the reader has been shown; they stay shown. */
  shown: ReadonlySet<string>;
  /** New items above what the reader is reading, newest first, not shown yet. */
  held: readonly string[];
};

export const EMPTY_HOLD: FeedHold = { shown: new Set(), held: [] };

/**
 * Brings the hold up to date with the feed's current ids. An item that appeared above the
 * first shown one is new; while the reader is down in the feed (`holding`), showing it would
 * push what they are reading down the screen, so it is held. Items appearing below (the next
 * page) are shown. When the reader is at the top, everything is shown: nothing moves under
 * their eyes. Ids gone from the feed (withdrawn) leave both lists.
 */
export function reconcileHold(hold: FeedHold, ids: readonly string[], holding: boolean): FeedHold {
  const present = new Set(ids);
  const wasHeld = new Set(hold.held.filter((id) => present.has(id)));
  const firstShown = ids.findIndex((id) => hold.shown.has(id));

  const shown = new Set<string>();
  const held: string[] = [];
  for (const [index, id] of ids.entries()) {
    const isNewAbove = !hold.shown.has(id) && firstShown !== -1 && index < firstShown;
    if (holding && (wasHeld.has(id) || isNewAbove)) held.push(id);
    else shown.add(id);
  }
  return { shown, held };
}

/** The reader asked to see the held items. */
export function releaseHold(hold: FeedHold): FeedHold {
  return { shown: new Set([...hold.shown, ...hold.held]), held: [] };
}
