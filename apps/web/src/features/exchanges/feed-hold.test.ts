import { describe, expect, it } from 'vitest';
import { EMPTY_HOLD, reconcileHold, releaseHold } from './feed-hold.ts';

describe('holding new feed items', () => {
  const start = reconcileHold(EMPTY_HOLD, ['b', 'c'], true);

  it('shows the first items, even to a reader already down the page', () => {
    expect([...start.shown]).toEqual(['b', 'c']);
    expect(start.held).toEqual([]);
  });

  it('holds items above the read ones while reading, but not the next page below', () => {
    const next = reconcileHold(start, ['a', 'b', 'c', 'd'], true);
    expect(next.held).toEqual(['a']);
    expect(next.shown.has('d')).toBe(true);
  });

  it('lets go of everything held once the reader is at the top, or asks', () => {
    const holding = reconcileHold(start, ['a', 'b', 'c'], true);
    expect(reconcileHold(holding, ['z', 'a', 'b', 'c'], false).held).toEqual([]);
    const released = releaseHold(holding);
    expect(released.held).toEqual([]);
    expect(released.shown.has('a')).toBe(true);
  });

  it('forgets a held item that was withdrawn', () => {
    const holding = reconcileHold(start, ['x', 'a', 'b', 'c'], true);
    expect(reconcileHold(holding, ['a', 'b', 'c'], true).held).toEqual(['a']);
  });
});
