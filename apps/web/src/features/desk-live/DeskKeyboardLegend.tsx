import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A shortcut as shown: the keys to press and what they do. */
export type LegendEntry = { keys: string; meaning: string };

/** The shortcuts that work on this screen now, in sight, as the triage page shows its own. */
export function DeskKeyboardLegend({ entries }: { entries: readonly LegendEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;

  return (
    <Group
      gap="md"
      role="note"
      aria-label={t('deskLive.keys.label')}
      data-testid="desk-keyboard-legend"
    >
      <Text size="xs" c="dimmed">
        {t('deskLive.keys.label')}:
      </Text>
      {entries.map(({ keys, meaning }) => (
        <Text key={keys} size="xs" c="dimmed">
          <Kbd size="xs">{keys}</Kbd> {meaning}
        </Text>
      ))}
    </Group>
  );
}

/** "mod" is Ctrl, or ⌘ on a Mac, as Mantine's useHotkeys reads it. */
export function modKeyLabel(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform;
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
