import type { FeedItem } from '@giaoluu/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';

type AnsweredByProps = {
  answeredBy: FeedItem['answer']['answeredBy'];
  publishedAt: string;
};

/** "Trả lời: <name>, <position> — <organisation>", then when it was published. */
export function AnsweredBy({ answeredBy, publishedAt }: AnsweredByProps) {
  const { t } = useTranslation();
  const person = answeredBy.position
    ? `${answeredBy.name}, ${answeredBy.position}`
    : answeredBy.name;

  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('feed.answeredBy', { who: `${person} — ${answeredBy.organisation}` })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('feed.publishedAt', { date: formatDateTime(publishedAt) })}
      </Text>
    </Stack>
  );
}
