import type { PublicQuestionStatus, TrackResult } from '@giaoluu/contracts';
import { Alert, Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { AnswerHtml } from '../../shared/ui/AnswerHtml.tsx';
import { PlainText } from '../../shared/ui/PlainText.tsx';
import { AnsweredBy } from '../exchanges/AnsweredBy.tsx';

const STATUS_COLORS: Record<PublicQuestionStatus, string> = {
  received: 'gray',
  processing: 'blue',
  answered: 'green',
  declined: 'orange',
};

export function TrackResultView({ result }: { result: TrackResult }) {
  const { t } = useTranslation();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="track-result-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('track.status')} ·{' '}
            <Text span ff="monospace">
              {result.trackingCode}
            </Text>
          </Text>
          <Group gap="xs">
            <Badge
              size="lg"
              color={STATUS_COLORS[result.status]}
              variant="light"
              data-testid="track-status"
              style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal' }}
            >
              {t(`track.statuses.${result.status}`)}
            </Badge>
          </Group>
        </Stack>

        {result.mergedInto && <Alert color="blue">{t('track.merged')}</Alert>}

        <Text size="sm">
          {t('track.exchange')}:{' '}
          <Anchor component={Link} to={paths.exchange(result.exchange.id)}>
            {result.exchange.title}
          </Anchor>
        </Text>

        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('track.question')}
          </Text>
          <Title order={2} size="h4" id="track-result-title" style={{ overflowWrap: 'anywhere' }}>
            {result.question.title}
          </Title>
          <PlainText>{result.question.body}</PlainText>
          <Text size="sm" c="dimmed">
            {t('track.submittedAt', { date: formatDateTime(result.question.submittedAt) })}
          </Text>
        </Stack>

        {result.answer && (
          <Stack gap="sm">
            <Divider label={t('track.answer')} labelPosition="left" />
            <AnswerHtml html={result.answer.html} />
            <AnsweredBy
              answeredBy={result.answer.answeredBy}
              publishedAt={result.answer.publishedAt}
            />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
