import { type BulkAction, bulkActionSchema } from '@giaoluu/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';

type RejectModalProps = {
  ids: string[] | null;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (action: BulkAction) => void;
};

/** The reason stays with the department: the asker and the public never see it. */
export function RejectModal({ ids, busy, error, onClose, onSubmit }: RejectModalProps) {
  const { t } = useTranslation();

  return (
    <Modal opened={ids !== null} onClose={onClose} title={t('triage.reject.title')}>
      {ids && (
        <RejectForm ids={ids} busy={busy} error={error} onClose={onClose} onSubmit={onSubmit} />
      )}
    </Modal>
  );
}

function RejectForm({ ids, busy, error, onClose, onSubmit }: RejectModalProps & { ids: string[] }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = bulkActionSchema.safeParse({ action: 'reject', ids, reason });
        if (!parsed.success) {
          const issue = parsed.error.issues.find((item) => item.path[0] === 'reason');
          setReasonError(issue?.message ?? parsed.error.issues[0]?.message ?? null);
          return;
        }
        onSubmit(parsed.data);
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('triage.reject.intro', { count: ids.length })}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Textarea
          label={t('triage.reject.reason')}
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          error={reasonError}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={busy}>
            {t('triage.reject.confirm', { count: ids.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
