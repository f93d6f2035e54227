import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { LoginForm } from './LoginForm.tsx';

/** Over the page, which stays as it was: once signed in again, the work goes on from there. */
export function SessionExpiredModal({ userId, email }: { userId: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('auth.expiredTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('auth.expiredText')}</Text>
        <LoginForm
          initialEmail={email}
          // Someone else signing in at this desk starts from their own home, not this page.
          onSignedIn={(me) => {
            if (me.id !== userId) void navigate(paths.staff.home, { replace: true });
          }}
        />
      </Stack>
    </Modal>
  );
}
