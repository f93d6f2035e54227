import type { Me } from '@giaoluu/contracts';
import { Container } from '@mantine/core';
import { useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { SessionExpiredModal } from './SessionExpiredModal.tsx';
import { StaffUserProvider } from './staff-user.tsx';
import { useMe } from './use-me.ts';

/**
 * The staff area's door. Arriving signed out leads to the sign-in page, which comes back here.
 * A session that lapses while a page is open is renewed in a dialog over the page instead:
 * leaving would throw away a half-typed question or answer.
 */
export function RequireStaff() {
  const me = useMe();
  const location = useLocation();
  const lastKnown = useRef<Me | null>(null);
  if (me.data) lastKnown.current = me.data;

  if (me.isPending) return <PageLoader />;
  if (me.isError && !lastKnown.current) {
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }

  const user = me.data ?? lastKnown.current;
  if (!user) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={paths.staff.login(here)} replace />;
  }

  return (
    <StaffUserProvider me={user}>
      <Outlet />
      {me.data === null && <SessionExpiredModal userId={user.id} email={user.email} />}
    </StaffUserProvider>
  );
}
