import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
import { useStaffUser } from '../auth/staff-user.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { readCurrentExchange } from './current-exchange.ts';
import { StaffNav } from './StaffNav.tsx';

export function StaffLayout() {
  const { t } = useTranslation();
  const me = useStaffUser();
  const tenant = useTenant();
  const [opened, { toggle, close }] = useDisclosure(false);
  const scoped = useMatch('/staff/exchanges/:exchangeId/*');
  const exchangeId = scoped?.params.exchangeId ?? readCurrentExchange();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header bg="blue.8" c="white" px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={t('staffNav.toggle')}
            />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={700} size="sm" truncate>
                {tenant.data?.name ?? t('app.name')}
              </Text>
              <Text size="xs" truncate>
                {t('staffNav.area')}
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="staff-user">
              {me.name}
            </Text>
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <StaffNav exchangeId={exchangeId} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
