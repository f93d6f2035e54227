import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown instead of the whole site when the host names no known department. */
export function TenantNotFoundPage({ ministryUrl }: { ministryUrl: string | undefined }) {
  const { t } = useTranslation();
  const title = t('tenantNotFound.title');

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text>{t('tenantNotFound.explanation')}</Text>
        {ministryUrl && (
          <Anchor href={ministryUrl} fw={600}>
            {t('tenantNotFound.ministryLink')}
          </Anchor>
        )}
      </Stack>
    </Container>
  );
}
