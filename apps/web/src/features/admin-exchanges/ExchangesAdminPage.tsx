import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { ExchangeStatusBadge } from '../staff-shell/ExchangeStatusBadge.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { useAdminExchanges } from './use-admin-exchanges.ts';

export function ExchangesAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminExchanges.title'));
  const exchanges = useAdminExchanges();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('adminExchanges.title')}</Title>
        <Button component={Link} to={paths.staff.newExchange}>
          {t('adminExchanges.create')}
        </Button>
      </Group>
      {exchanges.isPending && <PageLoader />}
      {exchanges.isError && (
        <ErrorAlert error={exchanges.error} onRetry={() => void exchanges.refetch()} />
      )}
      {exchanges.data?.length === 0 && <Text c="dimmed">{t('adminExchanges.empty')}</Text>}
      {exchanges.data && exchanges.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label={t('adminExchanges.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('adminExchanges.columns.title')}</Table.Th>
                <Table.Th>{t('adminExchanges.columns.status')}</Table.Th>
                <Table.Th>{t('adminExchanges.columns.live')}</Table.Th>
                <Table.Th>{t('adminExchanges.columns.questions')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exchanges.data.map((exchange) => (
                <Table.Tr key={exchange.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={paths.staff.editExchange(exchange.id)}
                      fw={600}
                      size="sm"
                    >
                      {exchange.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ExchangeStatusBadge exchange={exchange} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(exchange.schedule.liveStartsAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {exchange.counts.answered}/{exchange.counts.questions}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {exchange.status !== 'cancelled' && (
                      <Anchor component={Link} to={paths.staff.triage(exchange.id)} size="sm">
                        {t('adminExchanges.openTriage')}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
