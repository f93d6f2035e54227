import type { BulkAction } from '@giaoluu/contracts';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useAssignees } from './use-assignees.ts';

type AssignModalProps = {
  ids: string[] | null;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (action: BulkAction) => void;
};

export function AssignModal({ ids, busy, error, onClose, onSubmit }: AssignModalProps) {
  const { t } = useTranslation();

  return (
    <Modal opened={ids !== null} onClose={onClose} title={t('triage.assign.title')}>
      {ids && (
        <AssignForm ids={ids} busy={busy} error={error} onClose={onClose} onSubmit={onSubmit} />
      )}
    </Modal>
  );
}

function AssignForm({ ids, busy, error, onClose, onSubmit }: AssignModalProps & { ids: string[] }) {
  const { t } = useTranslation();
  const assignees = useAssignees();
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  // The load of each expert is shown, so work is spread rather than piled on one person.
  const options = (assignees.data ?? []).map((person) => ({
    value: person.id,
    label: t('triage.assign.option', { name: person.name, count: person.openQuestions }),
  }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!assigneeId) {
          setMissing(true);
          return;
        }
        onSubmit({ action: 'assign', ids, assigneeId });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('triage.assign.intro', { count: ids.length })}</Text>
        {error !== null && <ErrorAlert error={error} />}
        {assignees.isError && (
          <ErrorAlert error={assignees.error} onRetry={() => void assignees.refetch()} />
        )}
        <Select
          label={t('triage.assign.assignee')}
          placeholder={assignees.isPending ? t('app.loading') : undefined}
          data={options}
          value={assigneeId}
          onChange={(value) => {
            setAssigneeId(value);
            setMissing(false);
          }}
          searchable
          data-autofocus
          nothingFoundMessage={t('triage.assign.nobody')}
          error={missing ? t('triage.assign.required') : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('triage.assign.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
