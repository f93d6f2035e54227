import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { usePageTitle } from '../tenant/use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));

  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.explanation')}</Text>
      <Button component={Link} to={paths.home} variant="light">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
