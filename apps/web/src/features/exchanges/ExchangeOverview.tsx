import type { ExchangeDetail } from '@giaoluu/contracts';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainText } from '../../shared/ui/PlainText.tsx';
import { ExchangeStateBadge } from './ExchangeStateBadge.tsx';
import { Schedule } from './Schedule.tsx';
import { useFieldName } from './use-field-name.ts';

/** The exchange's heading, schedule and counts; `afterCounts` goes right under the counts. */
export function ExchangeOverview({
  exchange,
  afterCounts,
}: {
  exchange: ExchangeDetail;
  afterCounts?: ReactNode;
}) {
  const { t } = useTranslation();
  const fieldName = useFieldName();

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Group gap="xs">
          <ExchangeStateBadge state={exchange.state} intakeOpen={exchange.intakeOpen} size="lg" />
        </Group>
        <Title order={1} fz={{ base: 24, sm: 32 }}>
          {exchange.title}
        </Title>
        <Schedule schedule={exchange.schedule} />
      </Stack>

      <SimpleGrid cols={2} spacing="sm" maw={{ base: '100%', sm: 420 }}>
        <Counter label={t('exchange.questionsReceived')} value={exchange.counts.questions} />
        <Counter label={t('exchange.questionsAnswered')} value={exchange.counts.answered} />
      </SimpleGrid>
      {afterCounts}

      {exchange.description && (
        <Stack gap={4} component="section">
          <Title order={2} size="h4">
            {t('exchange.about')}
          </Title>
          <PlainText>{exchange.description}</PlainText>
        </Stack>
      )}

      {exchange.fields.length > 0 && (
        <Stack gap={4} component="section">
          <Title order={2} size="h4">
            {t('exchange.fields')}
          </Title>
          <Group gap="xs">
            {exchange.fields.map((field) => (
              <Badge key={field.slug} variant="outline" style={{ textTransform: 'none' }}>
                {fieldName(field)}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}

      <Stack gap={4} component="section">
        <Title order={2} size="h4">
          {t('exchange.guests')}
        </Title>
        {exchange.guests.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('exchange.noGuests')}
          </Text>
        ) : (
          <List spacing={4}>
            {exchange.guests.map((guest) => (
              <List.Item key={`${guest.name}|${guest.position}`}>
                <Text span fw={600}>
                  {guest.name}
                </Text>
                {guest.position && <Text span>, {guest.position}</Text>}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}

/** A number that moves during the live day; named by its label, so it reads as one unit. */
function Counter({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text fz={28} fw={700} lh={1.1}>
        {value.toLocaleString('vi-VN')}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}
