import type { ExchangeSummary } from '@giaoluu/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';

export function Schedule({ schedule }: { schedule: ExchangeSummary['schedule'] }) {
  const { t } = useTranslation();

  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('schedule.intake', { start: formatDateTime(schedule.intakeOpensAt) })}
      </Text>
      <Text size="sm" fw={600}>
        {t('schedule.live', {
          start: formatDateTime(schedule.liveStartsAt),
          end: formatDateTime(schedule.liveEndsAt),
        })}
      </Text>
    </Stack>
  );
}
