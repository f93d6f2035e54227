import type { ExchangeSummary } from '@giaoluu/contracts';
import { Anchor, Card, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ExchangeStateBadge } from './ExchangeStateBadge.tsx';
import { Schedule } from './Schedule.tsx';

export function ExchangeCard({ exchange }: { exchange: ExchangeSummary }) {
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Group gap="xs">
          <ExchangeStateBadge state={exchange.state} intakeOpen={exchange.intakeOpen} size="sm" />
        </Group>
        <Anchor component={Link} to={paths.exchange(exchange.id)} fw={700} fz="lg">
          {exchange.title}
        </Anchor>
        <Schedule schedule={exchange.schedule} />
      </Stack>
    </Card>
  );
}
