import { QUESTION_STATUSES } from '@giaoluu/contracts';
import { Badge, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusTab } from './queue-params.ts';

// The order of the work: new first, the end states last.
const TAB_ORDER: readonly StatusTab[] = [
  'submitted',
  'accepted',
  'assigned',
  'drafted',
  'returned',
  'in_review',
  'approved',
  'escalated',
  'rejected',
  'merged',
  'all',
];

type StatusTabsProps = {
  value: StatusTab;
  counts: Record<string, number> | undefined;
  onChange: (value: StatusTab) => void;
};

export function StatusTabs({ value, counts, onChange }: StatusTabsProps) {
  const { t } = useTranslation();
  const total = QUESTION_STATUSES.reduce((sum, status) => sum + (counts?.[status] ?? 0), 0);

  return (
    <Tabs
      value={value}
      onChange={(next) => next && onChange(next as StatusTab)}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List style={{ flexWrap: 'wrap' }}>
        {TAB_ORDER.map((tab) => {
          const count = tab === 'all' ? total : (counts?.[tab] ?? 0);
          return (
            <Tabs.Tab
              key={tab}
              value={tab}
              rightSection={
                counts ? (
                  <Badge
                    size="sm"
                    variant={count > 0 ? 'filled' : 'light'}
                    color="gray"
                    circle={false}
                  >
                    {count}
                  </Badge>
                ) : null
              }
            >
              {tab === 'all' ? t('triage.allStatuses') : t(`questionStatus.${tab}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
}
