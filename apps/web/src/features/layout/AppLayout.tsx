import { Box, Container } from '@mantine/core';
import { Outlet } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { TenantNotFoundPage } from '../tenant/TenantNotFoundPage.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader } from './AppHeader.tsx';

/** Every page sits inside the department's frame, so nothing renders before the tenant is known. */
export function AppLayout() {
  const tenant = useTenant();

  if (tenant.isPending) return <PageLoader />;

  if (tenant.isError) {
    const { error } = tenant;
    if (isApiError(error) && error.code === 'tenant_not_found') {
      return <TenantNotFoundPage ministryUrl={error.problem.ministryUrl} />;
    }
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorAlert error={error} onRetry={() => void tenant.refetch()} />
      </Container>
    );
  }

  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <AppHeader tenantName={tenant.data.name} />
      <Container component="main" size="lg" py="lg" px="md" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>
      <AppFooter tenant={tenant.data} />
    </Box>
  );
}
