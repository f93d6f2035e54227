import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Capability, can } from './roles.ts';
import { useStaffUser } from './staff-user.tsx';

/** A page some roles may not use: said plainly rather than shown with every action failing. */
export function RequireCapability({
  capability,
  children,
}: {
  capability: Capability;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useStaffUser();

  if (!can(me, capability)) {
    return (
      <Alert color="yellow" title={t('auth.forbiddenTitle')}>
        {t('auth.forbiddenText')}
      </Alert>
    );
  }
  return children;
}
