import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isExchangeArea, paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useStaffUser } from '../auth/staff-user.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import type { StaffExchange } from './api.ts';
import { defaultArea } from './default-area.ts';
import { ExchangeStatusBadge } from './ExchangeStatusBadge.tsx';
import { useStaffExchanges } from './use-staff-exchanges.ts';

const ORDER = { live: 0, announced: 1, draft: 2, ended: 3 };

/** Live first, then what comes next, then the past: the order of a live day's needs. */
function byUrgency(a: StaffExchange, b: StaffExchange): number {
  const rank = ORDER[a.state] - ORDER[b.state];
  if (rank !== 0) return rank;
  const delta = Date.parse(a.schedule.liveStartsAt) - Date.parse(b.schedule.liveStartsAt);
  return a.state === 'ended' ? -delta : delta;
}

export function ExchangePickerPage() {
  const { t } = useTranslation();
  usePageTitle(t('picker.title'));
  const me = useStaffUser();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('area');
  const area = isExchangeArea(requested) ? requested : defaultArea(me);
  const exchanges = useStaffExchanges();

  if (exchanges.isPending) return <PageLoader />;
  if (exchanges.isError) {
    return <ErrorAlert error={exchanges.error} onRetry={() => void exchanges.refetch()} />;
  }

  const items = exchanges.data.filter((item) => item.status !== 'cancelled').sort(byUrgency);

  return (
    <Stack gap="md" maw={800}>
      <Title order={1}>{t('picker.title')}</Title>
      {items.length === 0 && <Text c="dimmed">{t('picker.empty')}</Text>}
      {items.map((exchange) => (
        <Card key={exchange.id} withBorder padding="md" data-testid="exchange-choice">
          <Stack gap={4}>
            <Group gap="xs">
              <ExchangeStatusBadge exchange={exchange} />
            </Group>
            <Anchor component={Link} to={paths.staff.area(exchange.id, area)} fw={600} size="lg">
              {exchange.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('schedule.live', {
                start: formatDateTime(exchange.schedule.liveStartsAt),
                end: formatDateTime(exchange.schedule.liveEndsAt),
              })}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
