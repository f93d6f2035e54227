import { type DeskQuestion, returnAnswerSchema } from '@giaoluu/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeDate } from '../../shared/format/date.ts';
import type { StaffExchange } from '../staff-shell/api.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { useReviewActions } from './use-review-actions.ts';

type ReviewPanelProps = { question: DeskQuestion; exchange: StaffExchange | undefined };

/** The leader's decision on an answer sent for review: give it back with a note, or approve. */
export function ReviewPanel({ question, exchange }: ReviewPanelProps) {
  const { t } = useTranslation();
  const { approve, giveBack } = useReviewActions(question.id);
  const [dialog, setDialog] = useState<'return' | 'approve' | null>(null);

  function open(next: 'return' | 'approve') {
    approve.reset();
    giveBack.reset();
    setDialog(next);
  }

  return (
    <Paper withBorder p="md" data-testid="review-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('review.title')}
        </Title>
        <Text size="sm">{t('review.intro')}</Text>
        <Group gap="xs">
          <Button color="green" onClick={() => open('approve')}>
            {t('review.approve')}
          </Button>
          <Button variant="light" color="orange" onClick={() => open('return')}>
            {t('review.return')}
          </Button>
        </Group>
      </Stack>

      <ConfirmModal
        opened={dialog === 'approve'}
        title={t('review.approveTitle')}
        message={releaseMessage(exchange, t)}
        confirmLabel={t('review.approve')}
        color="green"
        busy={approve.isPending}
        error={approve.isError ? approve.error : null}
        onClose={() => setDialog(null)}
        onConfirm={() => approve.mutate(undefined, { onSuccess: () => setDialog(null) })}
      />
      <ReasonModal
        opened={dialog === 'return'}
        title={t('review.returnTitle')}
        label={t('review.comment')}
        confirmLabel={t('review.return')}
        color="orange"
        schema={returnAnswerSchema}
        field="comment"
        busy={giveBack.isPending}
        error={giveBack.isError ? giveBack.error : null}
        onClose={() => setDialog(null)}
        onSubmit={(comment) => giveBack.mutate({ comment }, { onSuccess: () => setDialog(null) })}
      />
    </Paper>
  );
}

/**
 * What approving will do, said before it is done: before the live start an approved answer
 * waits for the opening minute; once the exchange is live it is public at once.
 */
function releaseMessage(exchange: StaffExchange | undefined, t: TFunction): string {
  if (!exchange) return t('review.releaseUnknown');
  const start = exchange.schedule.liveStartsAt;
  if (Date.parse(start) > Date.now()) {
    return t('review.releaseAtStart', { time: formatTimeDate(start) });
  }
  return t('review.releaseNow');
}
