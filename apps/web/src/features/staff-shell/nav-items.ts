import { type ExchangeArea, paths } from '../../app/paths.ts';
import type { Capability } from '../auth/roles.ts';

export type NavKey = 'triage' | 'mine' | 'review' | 'exchanges' | 'staff' | 'audit' | 'password';

export type NavItem = {
  key: NavKey;
  /** Who sees it; none means everyone signed in. */
  capability?: Capability;
  to: (exchangeId: string | null) => string;
};

/** An exchange page, or the picker when no exchange has been chosen yet. */
const onExchange = (area: ExchangeArea) => (exchangeId: string | null) =>
  exchangeId ? paths.staff.area(exchangeId, area) : paths.staff.exchanges(area);

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'triage', capability: 'viewQueue', to: onExchange('triage') },
  {
    key: 'mine',
    capability: 'answer',
    to: (exchangeId) => paths.staff.mine(exchangeId ?? undefined),
  },
  { key: 'review', capability: 'review', to: onExchange('review') },
  { key: 'exchanges', capability: 'administer', to: () => paths.staff.adminExchanges },
  { key: 'staff', capability: 'administer', to: () => paths.staff.adminStaff },
  { key: 'audit', capability: 'administer', to: () => paths.staff.audit },
  { key: 'password', to: () => paths.staff.password },
];
