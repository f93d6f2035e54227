import type { ExchangeSummary } from '@giaoluu/contracts';

export type BadgeKind = 'upcoming' | 'intake' | 'live' | 'ended';

/**
 * What the public is told about an exchange. An announced exchange reads differently before
 * and after its intake opens, because that is when a person can start to act.
 */
export function badgeKind({ state, intakeOpen }: Pick<ExchangeSummary, 'state' | 'intakeOpen'>) {
  switch (state) {
    case 'live':
      return 'live';
    case 'ended':
      return 'ended';
    case 'announced':
      return intakeOpen ? 'intake' : 'upcoming';
    case 'draft':
      // The public API never lists drafts; should one slip through it is not yet anything.
      return 'upcoming';
  }
}

export const BADGE_COLORS: Record<BadgeKind, string> = {
  upcoming: 'gray',
  intake: 'blue',
  live: 'red',
  ended: 'dark',
};
