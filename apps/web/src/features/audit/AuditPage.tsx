import type { AuditEntryDto } from '@giaoluu/contracts';
import {
  Code,
  Group,
  NativeSelect,
  Pagination,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/format/date.ts';
import { DayInput } from '../../shared/ui/DayInput.tsx';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useStaffAccounts } from '../admin-staff/use-staff-accounts.ts';
import { usePageTitle } from '../tenant/use-page-title.ts';
import {
  AUDIT_PAGE_SIZE,
  type AuditFilterKey,
  auditApiQuery,
  readAuditFilters,
  writeAuditFilters,
} from './audit-params.ts';
import { useAudit } from './use-audit.ts';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readAuditFilters(searchParams);
  const audit = useAudit(auditApiQuery(filters));
  const staff = useStaffAccounts();

  function setFilter(key: AuditFilterKey, value: string) {
    setSearchParams(writeAuditFilters({ ...filters, [key]: value, page: 1 }), { replace: true });
  }

  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / AUDIT_PAGE_SIZE));

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <Group gap="sm" align="flex-end">
        <TypedFilter
          label={t('audit.action')}
          value={filters.action}
          onChange={(v) => setFilter('action', v)}
        />
        <NativeSelect
          label={t('audit.actor')}
          value={filters.actorId}
          onChange={(event) => setFilter('actorId', event.currentTarget.value)}
          data={[
            { value: '', label: t('triage.filters.any') },
            ...(staff.data ?? []).map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <TypedFilter
          label={t('audit.entity')}
          value={filters.entityId}
          onChange={(v) => setFilter('entityId', v)}
        />
        <DayInput
          label={t('triage.filters.from')}
          value={filters.from || null}
          onChange={(day) => setFilter('from', day ?? '')}
        />
        <DayInput
          label={t('triage.filters.to')}
          value={filters.to || null}
          onChange={(day) => setFilter('to', day ?? '')}
        />
      </Group>

      {audit.isPending && <PageLoader />}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data?.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      {audit.data && audit.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('audit.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {audit.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('audit.total', { count: audit.data.total })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filters.page}
              onChange={(page) => setSearchParams(writeAuditFilters({ ...filters, page }))}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}

function AuditRow({ entry }: { entry: AuditEntryDto }) {
  const { t } = useTranslation();
  const change = { before: entry.before, after: entry.after };
  const hasChange = entry.before !== null || entry.after !== null;

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatDateTime(entry.at)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.actor?.name ?? t('audit.system')}</Text>
      </Table.Td>
      <Table.Td>
        <Code>{entry.action}</Code>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{entry.entityType}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {entry.entityId}
        </Text>
      </Table.Td>
      <Table.Td maw={420}>
        {hasChange && (
          <Spoiler maxHeight={48} showLabel={t('audit.more')} hideLabel={t('audit.less')}>
            <Code block>{JSON.stringify(change, null, 2)}</Code>
          </Spoiler>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** A typed filter follows the text 300 ms after the last key, as the triage search does. */
function TypedFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const send = useDebouncedCallback(onChange, 300);

  return (
    <TextInput
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
    />
  );
}
