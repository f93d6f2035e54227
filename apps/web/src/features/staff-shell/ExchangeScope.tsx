import { exchangeParamsSchema } from '@giaoluu/contracts';
import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useMatch, useOutletContext, useParams } from 'react-router';
import { isExchangeArea, paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useStaffUser } from '../auth/staff-user.tsx';
import type { StaffExchange } from './api.ts';
import { rememberCurrentExchange } from './current-exchange.ts';
import { defaultArea } from './default-area.ts';
import { ExchangeStatusBadge } from './ExchangeStatusBadge.tsx';
import { useStaffExchange } from './use-staff-exchanges.ts';

type ScopeContext = { exchange: StaffExchange };

/** The exchange a page works on, named at the top of each page with a way to switch. */
export function ExchangeScope() {
  const { t } = useTranslation();
  const { exchangeId = '' } = useParams();
  const area = useMatch('/staff/exchanges/:exchangeId/:area/*')?.params.area;
  const valid = exchangeParamsSchema.safeParse({ id: exchangeId }).success;
  const exchange = useStaffExchange(valid ? exchangeId : undefined);

  useEffect(() => {
    if (exchange.isSuccess) rememberCurrentExchange(exchange.data.id);
  }, [exchange.isSuccess, exchange.data?.id]);

  if (!valid) return <Alert color="yellow">{t('picker.notFound')}</Alert>;
  if (exchange.isPending) return <PageLoader />;
  if (exchange.isError) {
    return (
      <Stack gap="sm">
        <ErrorAlert error={exchange.error} onRetry={() => void exchange.refetch()} />
        <Anchor component={Link} to={paths.staff.exchanges()}>
          {t('picker.switch')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Paper withBorder px="md" py="xs" data-testid="exchange-scope">
        <Group justify="space-between" gap="xs">
          <Group gap="xs" style={{ minWidth: 0 }}>
            <ExchangeStatusBadge exchange={exchange.data} />
            <Text fw={600} truncate>
              {exchange.data.title}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(exchange.data.schedule.liveStartsAt)}
            </Text>
          </Group>
          <Anchor
            component={Link}
            to={paths.staff.exchanges(isExchangeArea(area) ? area : undefined)}
            size="sm"
          >
            {t('picker.switch')}
          </Anchor>
        </Group>
      </Paper>
      <Outlet context={{ exchange: exchange.data } satisfies ScopeContext} />
    </Stack>
  );
}

/** /staff/exchanges/:id on its own: the page of this exchange that the person works on. */
export function ExchangeHome() {
  const exchange = useScopedExchange();
  return <Navigate to={paths.staff.area(exchange.id, defaultArea(useStaffUser()))} replace />;
}

export function useScopedExchange(): StaffExchange {
  return useOutletContext<ScopeContext>().exchange;
}
