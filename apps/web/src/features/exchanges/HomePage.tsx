import type { ExchangeSummary } from '@giaoluu/contracts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { TenantContacts } from '../tenant/TenantContacts.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { ExchangeCard } from './ExchangeCard.tsx';
import { type ExchangeGroups, groupExchanges } from './group-exchanges.ts';
import { useExchanges } from './use-exchanges.ts';

const GROUP_ORDER: (keyof ExchangeGroups)[] = ['live', 'announced', 'ended'];

export function HomePage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const exchanges = useExchanges();
  usePageTitle();

  return (
    <Stack gap="xl">
      {tenant.data && (
        <Stack gap="xs">
          <Title order={1}>{tenant.data.name}</Title>
          <TenantContacts contacts={tenant.data.contacts} />
        </Stack>
      )}

      <Stack gap="lg">
        <Title order={2}>{t('home.exchanges')}</Title>
        {exchanges.isPending && <PageLoader />}
        {exchanges.isError && (
          <ErrorAlert error={exchanges.error} onRetry={() => void exchanges.refetch()} />
        )}
        {exchanges.isSuccess && <ExchangeGroupsView items={exchanges.data.items} />}
      </Stack>
    </Stack>
  );
}

function ExchangeGroupsView({ items }: { items: ExchangeSummary[] }) {
  const { t } = useTranslation();
  const groups = groupExchanges(items);

  if (GROUP_ORDER.every((key) => groups[key].length === 0)) {
    return <Text c="dimmed">{t('home.empty')}</Text>;
  }

  return GROUP_ORDER.filter((key) => groups[key].length > 0).map((key) => (
    <Stack key={key} gap="sm" component="section" aria-labelledby={`group-${key}`}>
      <Title order={3} id={`group-${key}`}>
        {t(`home.${key}`)}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {groups[key].map((exchange) => (
          <ExchangeCard key={exchange.id} exchange={exchange} />
        ))}
      </SimpleGrid>
    </Stack>
  ));
}
