import { Card, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeStaffPath } from '../../app/paths.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { LoginForm } from './LoginForm.tsx';
import { useMe } from './use-me.ts';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeStaffPath(searchParams.get('next'));
  const me = useMe();
  const tenant = useTenant();

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={next} replace />;

  return (
    <Container size={420} py="xl" component="main">
      <Stack gap="md">
        <Stack gap={4} align="center">
          <Text fw={700} ta="center">
            {tenant.data?.name ?? t('app.name')}
          </Text>
          <Title order={1} size="h2" ta="center">
            {t('auth.title')}
          </Title>
        </Stack>
        <Card withBorder padding="lg">
          {me.isError && <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />}
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
        </Card>
        <Stack align="center" bg="blue.8" p={4} style={{ borderRadius: 8, alignSelf: 'center' }}>
          <LanguageSwitch />
        </Stack>
      </Stack>
    </Container>
  );
}
