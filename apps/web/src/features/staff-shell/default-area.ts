import type { Me } from '@giaoluu/contracts';
import { type ExchangeArea, paths } from '../../app/paths.ts';
import { can } from '../auth/roles.ts';

/** The main page of an exchange for this person: the work their first role does on the day. */
export function defaultArea(me: Pick<Me, 'roles'>): ExchangeArea {
  if (can(me, 'moderate')) return 'triage';
  if (can(me, 'claim')) return 'mine';
  if (can(me, 'review')) return 'review';
  return 'triage';
}

/** Where /staff sends each person; null when their account has no role yet. */
export function landingPath(me: Pick<Me, 'roles'>, exchangeId: string | null): string | null {
  if (can(me, 'moderate')) {
    return exchangeId ? paths.staff.triage(exchangeId) : paths.staff.exchanges('triage');
  }
  if (can(me, 'claim')) return paths.staff.mine(exchangeId ?? undefined);
  if (can(me, 'review')) {
    return exchangeId ? paths.staff.review(exchangeId) : paths.staff.exchanges('review');
  }
  if (can(me, 'administer')) return paths.staff.adminExchanges;
  return null;
}
