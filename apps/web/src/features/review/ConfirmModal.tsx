import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  color?: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
};

export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack gap="sm">
        <Text data-testid="confirm-message">{props.message}</Text>
        {props.error !== null && <ErrorAlert error={props.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={props.color} loading={props.busy} onClick={props.onConfirm} data-autofocus>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
