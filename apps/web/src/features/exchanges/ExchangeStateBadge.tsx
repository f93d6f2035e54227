import type { ExchangeSummary } from '@giaoluu/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BADGE_COLORS, badgeKind } from './exchange-badge.ts';

type ExchangeStateBadgeProps = Pick<ExchangeSummary, 'state' | 'intakeOpen'> & {
  size?: 'sm' | 'md' | 'lg';
};

export function ExchangeStateBadge({ state, intakeOpen, size = 'md' }: ExchangeStateBadgeProps) {
  const { t } = useTranslation();
  const kind = badgeKind({ state, intakeOpen });

  return (
    <Badge
      color={BADGE_COLORS[kind]}
      variant={kind === 'live' ? 'filled' : 'light'}
      size={size}
      data-state={kind}
      style={{ textTransform: 'none' }}
    >
      {t(`state.${kind}`)}
    </Badge>
  );
}
