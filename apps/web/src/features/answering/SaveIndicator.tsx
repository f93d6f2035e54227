import { Anchor, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/api/problem-message.ts';
import { formatClock } from '../../shared/format/date.ts';
import type { SaveStatus } from './draft-saver.ts';

/** Where the typed text stands; a failure says why and offers to try at once. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();

  return (
    <Group
      gap={6}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={status.kind}
    >
      {status.kind === 'saving' && (
        <>
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('answer.save.saving')}
          </Text>
        </>
      )}
      {status.kind === 'dirty' && (
        <Text size="sm" c="dimmed">
          {t('answer.save.dirty')}
        </Text>
      )}
      {status.kind === 'saved' && (
        <Text size="sm" c="dimmed">
          {status.at
            ? t('answer.save.savedAt', { time: formatClock(status.at) })
            : t('answer.save.none')}
        </Text>
      )}
      {status.kind === 'failed' && (
        <>
          <Anchor component="button" type="button" size="sm" c="red" fw={600} onClick={onRetry}>
            {t('answer.save.failed')}
          </Anchor>
          <Text size="sm" c="red">
            {problemMessage(status.error, t)}
          </Text>
        </>
      )}
    </Group>
  );
}
