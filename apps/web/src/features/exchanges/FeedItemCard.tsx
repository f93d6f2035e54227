import type { FeedItem } from '@giaoluu/contracts';
import { Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';
import { AnswerHtml } from '../../shared/ui/AnswerHtml.tsx';
import { PlainText } from '../../shared/ui/PlainText.tsx';
import { AnsweredBy } from './AnsweredBy.tsx';
import { useFieldName } from './use-field-name.ts';

export function FeedItemCard({ item }: { item: FeedItem }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();

  return (
    <Card withBorder padding="md" component="article" data-testid="feed-item">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light" style={{ textTransform: 'none' }}>
            {fieldName(item.field)}
          </Badge>
          {item.askerKind === 'business' && (
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {t('feed.business')}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Title>
        <PlainText>{item.body}</PlainText>
        <Text size="sm" c="dimmed">
          {t('feed.askedBy', { name: item.askerName, locality: item.locality })}
          {' · '}
          {t('feed.askedAt', { date: formatDateTime(item.askedAt) })}
        </Text>

        <Divider label={t('feed.answer')} labelPosition="left" />
        <AnswerHtml html={item.answer.html} />
        <AnsweredBy answeredBy={item.answer.answeredBy} publishedAt={item.answer.publishedAt} />
      </Stack>
    </Card>
  );
}
