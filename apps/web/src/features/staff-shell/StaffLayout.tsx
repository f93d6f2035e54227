import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
import { useStaffUser } from '../auth/staff-user.tsx';
import { ClaimLostNotices } from '../desk-live/ClaimLostNotices.tsx';
import type { ClaimLoss } from '../desk-live/claim-loss.ts';
import { DeskConnectionBadge } from '../desk-live/DeskConnectionBadge.tsx';
import { OtherExchangeStreams } from '../desk-live/OtherExchangeStreams.tsx';
import { useDeskEvents } from '../desk-live/use-desk-events.ts';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useCurrentExchange } from './current-exchange.ts';
import { StaffNav } from './StaffNav.tsx';

export function StaffLayout() {
  const { t } = useTranslation();
  const me = useStaffUser();
  const tenant = useTenant();
  const [opened, { toggle, close }] = useDisclosure(false);
  const scoped = useMatch('/staff/exchanges/:exchangeId/*');
  const questionPage = useMatch('/staff/questions/:id');
  const allMine = useMatch('/staff/my');
  const remembered = useCurrentExchange();
  const exchangeId = scoped?.params.exchangeId ?? remembered;
  const [losses, setLosses] = useState<ClaimLoss[]>([]);
  // Mounted once here, so every desk page stays current without a stream of its own; the
  // password and admin pages show nothing that the stream changes. "My questions" across
  // exchanges also follows the other exchanges where work is under way (exchangesToFollow).
  const onDesk = scoped !== null || questionPage !== null || allMine !== null;
  // A question taken over while its own page is open is told there, next to the answer that
  // is no longer editable (ClaimTakenAlert); elsewhere, above the page.
  const openId = questionPage?.params.id;
  const onClaimLost = (loss: ClaimLoss) => {
    if (loss.questionId === openId) return;
    setLosses((shown) => [loss, ...shown.filter((s) => s.questionId !== loss.questionId)]);
  };
  const connection = useDeskEvents(onDesk ? exchangeId : null, { meId: me.id, onClaimLost });
  const dismiss = (id: string) => setLosses((shown) => shown.filter((s) => s.questionId !== id));

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
            <DeskConnectionBadge connection={connection} />
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
        {allMine !== null && (
          <OtherExchangeStreams followed={exchangeId} meId={me.id} onClaimLost={onClaimLost} />
        )}
        <ClaimLostNotices
          losses={losses.filter((loss) => loss.questionId !== openId)}
          onDismiss={dismiss}
        />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
