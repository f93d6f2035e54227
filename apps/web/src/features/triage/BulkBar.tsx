import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type BulkBarProps = {
  count: number;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
  onAssign: () => void;
  onClear: () => void;
};

export function BulkBar({ count, busy, onAccept, onReject, onAssign, onClear }: BulkBarProps) {
  const { t } = useTranslation();

  return (
    <Paper
      withBorder
      p="xs"
      bg="blue.0"
      role="region"
      aria-label={t('triage.bulk.label')}
      data-testid="bulk-bar"
      style={{ position: 'sticky', top: 64, zIndex: 2 }}
    >
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('triage.bulk.selected', { count })}
        </Text>
        <Button size="xs" onClick={onAccept} loading={busy}>
          {t('triage.actions.accept')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={onReject} disabled={busy}>
          {t('triage.actions.reject')}
        </Button>
        <Button size="xs" variant="light" onClick={onAssign} disabled={busy}>
          {t('triage.actions.assign')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClear} disabled={busy}>
          {t('triage.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
