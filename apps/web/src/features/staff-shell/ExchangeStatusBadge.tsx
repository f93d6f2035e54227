import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffExchange } from './api.ts';

const COLORS = {
  draft: 'gray',
  announced: 'blue',
  live: 'red',
  ended: 'dark',
  cancelled: 'orange',
};

/** Staff see the whole truth: a draft or a cancelled exchange is named so, unlike in public. */
export function ExchangeStatusBadge({
  exchange,
}: {
  exchange: Pick<StaffExchange, 'state' | 'status'>;
}) {
  const { t } = useTranslation();
  const kind = exchange.status === 'cancelled' ? 'cancelled' : exchange.state;

  return (
    <Badge
      color={COLORS[kind]}
      variant={kind === 'live' ? 'filled' : 'light'}
      style={{ textTransform: 'none' }}
    >
      {t(`staffExchange.state.${kind}`)}
    </Badge>
  );
}
