import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useStaffUser } from '../auth/staff-user.tsx';
import { StatusBadge } from '../desk/StatusBadge.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { byUrgency } from './my-question-order.ts';
import { useMyQuestions } from './use-my-questions.ts';

/** The questions assigned to or claimed by the signed-in officer; per exchange when in one. */
export function MyQuestionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mine.title'));
  const me = useStaffUser();
  const fieldName = useFieldName();
  const { exchangeId } = useParams();
  const mine = useMyQuestions();

  const items = (mine.data ?? [])
    .filter((question) => !exchangeId || question.exchangeId === exchangeId)
    .sort(byUrgency);

  return (
    <Stack gap="md">
      <Title order={1}>{t('mine.title')}</Title>
      {mine.isPending && <PageLoader />}
      {mine.isError && <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isSuccess && items.length === 0 && <Text c="dimmed">{t('mine.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover aria-label={t('mine.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('triage.columns.code')}</Table.Th>
                <Table.Th>{t('triage.columns.question')}</Table.Th>
                <Table.Th>{t('triage.columns.field')}</Table.Th>
                <Table.Th>{t('triage.columns.status')}</Table.Th>
                <Table.Th>{t('mine.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((question) => (
                <Table.Tr key={question.id} data-testid="my-question">
                  <Table.Td>
                    <Text ff="monospace" size="xs">
                      {question.trackingCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={paths.staff.question(question.id)}
                      fw={600}
                      size="sm"
                    >
                      {question.title}
                    </Anchor>
                    {question.claimedBy && question.claimedBy.id !== me.id && (
                      <Text size="xs" c="dimmed">
                        {t('claim.heldBy', { name: question.claimedBy.name })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fieldName(question.field)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={question.status} />
                    {question.claimedBy?.id === me.id && (
                      <Badge ml={4} size="xs" variant="outline" style={{ textTransform: 'none' }}>
                        {t('mine.claimed')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDateTime(question.answer?.updatedAt ?? question.createdAt)}
                    </Text>
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
