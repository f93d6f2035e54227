import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function KeyboardLegend({ canModerate }: { canModerate: boolean }) {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ['j / k', t('triage.keys.move')],
    ...(canModerate
      ? ([
          ['x', t('triage.keys.select')],
          ['a', t('triage.keys.accept')],
        ] as [string, string][])
      : []),
    ['Enter', t('triage.keys.open')],
    ['/', t('triage.keys.search')],
  ];

  return (
    <Group gap="md" aria-label={t('triage.keys.label')} role="note" data-testid="keyboard-legend">
      <Text size="xs" c="dimmed">
        {t('triage.keys.label')}:
      </Text>
      {keys.map(([key, meaning]) => (
        <Text key={key} size="xs" c="dimmed">
          <Kbd size="xs">{key}</Kbd> {meaning}
        </Text>
      ))}
    </Group>
  );
}
