import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import { useScopedExchange } from '../staff-shell/ExchangeScope.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { useQueue } from '../triage/use-queue.ts';
import { REVIEW_QUERY } from './review-query.ts';

/** Answers waiting for a leader: the triage queue, narrowed to those sent for review. */
export function ReviewListPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.listTitle'));
  const exchange = useScopedExchange();
  const fieldName = useFieldName();
  const queue = useQueue(exchange.id, REVIEW_QUERY);

  const items = queue.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{t('review.listTitle')}</Title>
      {queue.isPending && <PageLoader />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && (
        <Text size="sm" c="dimmed">
          {t('review.waiting', { count: queue.data.total })}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover aria-label={t('review.listTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('triage.columns.code')}</Table.Th>
                <Table.Th>{t('triage.columns.question')}</Table.Th>
                <Table.Th>{t('triage.columns.field')}</Table.Th>
                <Table.Th>{t('review.author')}</Table.Th>
                <Table.Th>{t('triage.columns.received')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="review-row">
                  <Table.Td>
                    <Text ff="monospace" size="xs">
                      {item.trackingCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={paths.staff.question(item.id)} fw={600} size="sm">
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{fieldName(item.field)}</Table.Td>
                  <Table.Td>{item.claimedBy?.name ?? item.assignee?.name ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
