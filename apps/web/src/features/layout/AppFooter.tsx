import type { TenantDto } from '@giaoluu/contracts';
import { Anchor, Box, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TenantContacts } from '../tenant/TenantContacts.tsx';

export function AppFooter({ tenant }: { tenant: TenantDto }) {
  const { t } = useTranslation();

  return (
    <Box component="footer" bg="gray.1" py="lg" mt="xl">
      <Container size="lg" px="md">
        <Stack gap="xs">
          <Text fw={700}>{tenant.name}</Text>
          <Text size="sm" c="dimmed">
            {t('footer.about')}
          </Text>
          <TenantContacts contacts={tenant.contacts} />
          {tenant.kind === 'department' && (
            <Anchor href={tenant.ministryUrl} size="sm">
              {t('footer.ministry')}
            </Anchor>
          )}
        </Stack>
      </Container>
    </Box>
  );
}
