import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from './use-tenant.ts';

/**
 * Sets the tab title to "<page> — <department>", or the department alone when `page` is
 * undefined. `null` leaves the title to a child that knows better (a not-found view).
 */
export function usePageTitle(page?: string | null) {
  const { t } = useTranslation();
  const tenantName = useTenant().data?.name ?? t('app.name');

  useEffect(() => {
    if (page === null) return;
    document.title = page ? `${page} — ${tenantName}` : tenantName;
  }, [page, tenantName]);
}
