import type { QueueItem } from '@giaoluu/contracts';
import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';
import { StatusBadge } from '../desk/StatusBadge.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import type { Selection } from './use-selection.ts';

type QueueTableProps = {
  items: QueueItem[];
  selection: Selection | null;
  activeIndex: number;
  rowRef: (index: number, row: HTMLTableRowElement | null) => void;
  onActivate: (index: number) => void;
  onOpen: (id: string) => void;
};

export function QueueTable({
  items,
  selection,
  activeIndex,
  rowRef,
  onActivate,
  onOpen,
}: QueueTableProps) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const allIds = items.map((item) => item.id);
  const tickedCount = selection?.selected.length ?? 0;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('triage.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('triage.selectAll')}
                  checked={items.length > 0 && tickedCount === items.length}
                  indeterminate={tickedCount > 0 && tickedCount < items.length}
                  onChange={(event) => selection.setMany(allIds, event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>{t('triage.columns.code')}</Table.Th>
            <Table.Th>{t('triage.columns.question')}</Table.Th>
            <Table.Th>{t('triage.columns.field')}</Table.Th>
            <Table.Th>{t('triage.columns.asker')}</Table.Th>
            <Table.Th>{t('triage.columns.received')}</Table.Th>
            <Table.Th>{t('triage.columns.status')}</Table.Th>
            <Table.Th>{t('triage.columns.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => {
            const active = index === activeIndex;
            return (
              <Table.Tr
                key={item.id}
                ref={(row) => rowRef(index, row)}
                tabIndex={-1}
                data-testid="queue-row"
                data-active={active || undefined}
                aria-selected={selection ? selection.isSelected(item.id) : undefined}
                bg={active ? 'blue.0' : undefined}
                style={{ outlineOffset: -2, cursor: 'pointer' }}
                onClick={() => {
                  onActivate(index);
                  onOpen(item.id);
                }}
              >
                {selection && (
                  <Table.Td onClick={(event) => event.stopPropagation()}>
                    <Checkbox
                      aria-label={t('triage.selectOne', { code: item.trackingCode })}
                      checked={selection.isSelected(item.id)}
                      onChange={() => {
                        onActivate(index);
                        selection.toggle(item.id);
                      }}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Text ff="monospace" size="xs">
                    {item.trackingCode}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`channel.${item.channel}`)}
                  </Text>
                </Table.Td>
                <Table.Td maw={420}>
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    size="sm"
                    ta="left"
                    onClick={(event) => {
                      event.stopPropagation();
                      onActivate(index);
                      onOpen(item.id);
                    }}
                  >
                    {item.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {item.excerpt}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fieldName(item.field)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.askerName}</Text>
                  <Text size="xs" c="dimmed">
                    {item.locality}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(item.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.assignee?.name ?? '—'}</Text>
                  {item.claimedBy && (
                    <Text size="xs" c="dimmed">
                      {t('triage.claimedBy', { name: item.claimedBy.name })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
