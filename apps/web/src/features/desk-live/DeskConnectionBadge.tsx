import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeskConnection } from './use-desk-events.ts';

const COLORS: Record<DeskConnection, string> = {
  connecting: 'gray',
  open: 'green',
  reconnecting: 'orange',
  offline: 'red',
};

/**
 * Says whether the desk is following the exchange: an officer whose lists have quietly stopped
 * moving would otherwise wait for questions that are already there.
 */
export function DeskConnectionBadge({ connection }: { connection: DeskConnection | null }) {
  const { t } = useTranslation();
  if (!connection) return null;
  const label = t(`deskLive.connection.${connection}`);

  return (
    <Badge
      color={COLORS[connection]}
      variant="filled"
      role="status"
      data-testid="desk-connection"
      data-connection={connection}
      // Beside the officer's name on a phone's header: cut short there, whole on hover.
      maw={{ base: 150, sm: 320 }}
      title={label}
      style={{ textTransform: 'none' }}
    >
      {label}
    </Badge>
  );
}
