import type { DeskQuestion } from '@giaoluu/contracts';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { StatusBadge } from '../desk/StatusBadge.tsx';
import { useMerge, useSimilar } from './use-similar.ts';

type Target = { id: string; trackingCode: string; title: string };

/** Likely duplicates of a question; a moderator may fold this one into one of them. */
export function SimilarQuestions({
  question,
  canMerge,
}: {
  question: DeskQuestion;
  canMerge: boolean;
}) {
  const canSee = can(useStaffUser(), 'seeDuplicates');
  const { t } = useTranslation();
  const similar = useSimilar(question.id, { enabled: canSee });
  const merge = useMerge(question.id);
  const [target, setTarget] = useState<Target | null>(null);
  const mergeable = canMerge && question.status !== 'merged' && question.status !== 'rejected';

  if (!canSee) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="similar-title">
      <Title order={3} size="h5" id="similar-title">
        {t('triage.similar.title')}
      </Title>
      {merge.isSuccess && (
        <Alert color="green" role="status">
          {t('triage.similar.merged')}
        </Alert>
      )}
      {similar.isError && (
        <ErrorAlert error={similar.error} onRetry={() => void similar.refetch()} />
      )}
      {similar.isSuccess && similar.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('triage.similar.none')}
        </Text>
      )}
      {similar.data?.map((item) => (
        <Paper key={item.id} withBorder p="xs" data-testid="similar-question">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Text ff="monospace" size="xs">
                  {item.trackingCode}
                </Text>
                <StatusBadge status={item.status} />
                <Text size="xs" c="dimmed">
                  {t('triage.similar.score', { percent: Math.round(item.similarity * 100) })}
                </Text>
              </Group>
              <Text size="sm">{item.title}</Text>
            </Stack>
            {mergeable && item.status !== 'merged' && item.status !== 'rejected' && (
              <Button size="xs" variant="light" onClick={() => setTarget(item)}>
                {t('triage.similar.merge')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}

      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={t('triage.similar.confirmTitle')}
      >
        {target && (
          <Stack gap="sm">
            <Text size="sm">
              {t('triage.similar.confirmText', {
                from: question.trackingCode,
                into: target.trackingCode,
              })}
            </Text>
            <Text size="sm" fw={600}>
              {target.title}
            </Text>
            {merge.isError && <ErrorAlert error={merge.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={merge.isPending}
                onClick={() => merge.mutate(target.id, { onSuccess: () => setTarget(null) })}
              >
                {t('triage.similar.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
