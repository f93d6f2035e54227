import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from './use-exchange-events.ts';

/** Tells a reader whether the page is following the exchange, and says so when it is not. */
export function LiveConnectionBadge({ connection }: { connection: LiveConnection | null }) {
  const { t } = useTranslation();
  if (!connection) return null;

  const look = {
    connecting: { color: 'gray', label: t('live.connecting') },
    open: { color: 'green', label: t('live.open') },
    reconnecting: { color: 'orange', label: t('live.reconnecting') },
    offline: { color: 'red', label: t('live.offline') },
  }[connection];

  return (
    <Badge
      color={look.color}
      variant="light"
      role="status"
      data-testid="live-connection"
      data-connection={connection}
      maw="100%"
      // The offline message is long: on a 375px phone it wraps instead of being cut off.
      h="auto"
      py={2}
      style={{ textTransform: 'none' }}
      styles={{ label: { whiteSpace: 'normal' } }}
    >
      {look.label}
    </Badge>
  );
}
