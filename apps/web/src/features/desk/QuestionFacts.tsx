import type { DeskQuestion } from '@giaoluu/contracts';
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';
import { PlainText } from '../../shared/ui/PlainText.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import { StatusBadge } from './StatusBadge.tsx';

/**
 * A question as staff read it: the whole text as the asker typed it (never as HTML), who asked
 * and how to reach them. Contact details are for this department's staff only.
 */
export function QuestionFacts({ question }: { question: DeskQuestion }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <StatusBadge status={question.status} />
        <Text ff="monospace" size="sm" data-testid="tracking-code">
          {question.trackingCode}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`channel.${question.channel}`)} · {fieldName(question.field)} ·{' '}
          {formatDateTime(question.createdAt)}
        </Text>
      </Group>
      <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
        {question.title}
      </Title>
      <PlainText>{question.body}</PlainText>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
        <Fact label={t('desk.asker')}>
          {question.askerName}
          {!question.showName && ` (${t('desk.nameHidden')})`}
        </Fact>
        <Fact label={t('desk.askerKind')}>
          {t(`desk.kind.${question.askerKind}`)}
          {question.organisation && ` — ${question.organisation}`}
        </Fact>
        <Fact label={t('desk.locality')}>{question.locality}</Fact>
        <Fact label={t('desk.email')}>
          {question.email ? (
            <Anchor href={`mailto:${question.email}`}>{question.email}</Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={t('desk.phone')}>
          {question.phone ? (
            <Anchor href={`tel:${question.phone.replace(/[^0-9+]/g, '')}`}>{question.phone}</Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={t('desk.assignee')}>{question.assignee?.name ?? '—'}</Fact>
      </SimpleGrid>
      {question.rejectionReason && (
        <Fact label={t('desk.rejectionReason')}>{question.rejectionReason}</Fact>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
