import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { useLogout } from '../auth/use-logout.ts';
import { NAV_ITEMS } from './nav-items.ts';

type StaffNavProps = { exchangeId: string | null; onNavigate: () => void };

/** Only the pages this person's roles can use: a link that leads to a refusal is noise. */
export function StaffNav({ exchangeId, onNavigate }: StaffNavProps) {
  const { t } = useTranslation();
  const me = useStaffUser();
  const logout = useLogout();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => !item.capability || can(me, item.capability));

  return (
    <Stack component="nav" aria-label={t('staffNav.label')} gap={2}>
      {items.map((item) => {
        const to = item.to(exchangeId);
        const target = to.split('?')[0] ?? to;
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={to}
            label={t(`staffNav.${item.key}`)}
            active={pathname === target || pathname.startsWith(`${target}/`)}
            onClick={onNavigate}
          />
        );
      })}
      <NavLink
        component="button"
        label={t('staffNav.logout')}
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        c={logout.isError ? 'red' : undefined}
        description={logout.isError ? t('staffNav.logoutFailed') : undefined}
      />
    </Stack>
  );
}
