import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { paths } from '../../app/paths.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AppHeader({ tenantName }: { tenantName: string }) {
  const { t } = useTranslation();

  return (
    <Box component="header" bg="blue.8" c="white" py="sm">
      <Container size="lg" px="md">
        <Group justify="space-between" align="center" gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={paths.home}
            c="white"
            fw={700}
            fz={{ base: 'md', sm: 'xl' }}
            underline="never"
            style={{ lineHeight: 1.3 }}
          >
            {tenantName}
          </Anchor>
          <LanguageSwitch />
        </Group>
        <Group component="nav" aria-label={t('nav.label')} gap="lg" mt="xs">
          <HeaderLink to={paths.home} label={t('nav.home')} />
          <HeaderLink to={paths.track()} label={t('nav.track')} />
        </Group>
      </Container>
    </Box>
  );
}

function HeaderLink({ to, label }: { to: string; label: string }) {
  const active = useMatch({ path: to, end: true }) !== null;

  return (
    <Anchor
      component={Link}
      to={to}
      c="white"
      fz="sm"
      fw={active ? 700 : 500}
      underline={active ? 'always' : 'hover'}
      aria-current={active ? 'page' : undefined}
    >
      {label}
    </Anchor>
  );
}
