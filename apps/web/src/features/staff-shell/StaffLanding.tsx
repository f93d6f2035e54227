import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useStaffUser } from '../auth/staff-user.tsx';
import { readCurrentExchange } from './current-exchange.ts';
import { landingPath } from './default-area.ts';

export function StaffLanding() {
  const { t } = useTranslation();
  const target = landingPath(useStaffUser(), readCurrentExchange());

  if (!target) return <Alert color="yellow">{t('staffNav.noRole')}</Alert>;
  return <Navigate to={target} replace />;
}
