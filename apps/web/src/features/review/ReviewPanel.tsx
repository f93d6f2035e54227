import { type DeskQuestion, returnAnswerSchema } from '@giaoluu/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeDate } from '../../shared/format/date.ts';
import { ariaKeys, DESK_KEYS } from '../desk-live/desk-keys.ts';
import { useDeskHotkeys } from '../desk-live/use-desk-hotkeys.ts';
import type { StaffExchange } from '../staff-shell/api.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { useApproveAndPublish } from './use-approve-and-publish.ts';
import { useReviewActions } from './use-review-actions.ts';

type ReviewPanelProps = { question: DeskQuestion; exchange: StaffExchange | undefined };
type Dialog = 'return' | 'approve' | 'approvePublish';

/**
 * The leader's decision on an answer sent for review: give it back with a note, or approve.
 * Before the live start an approved answer waits for the opening minute; the leader may also
 * approve and publish it at once from here, without a second visit to the question.
 */
export function ReviewPanel({ question, exchange }: ReviewPanelProps) {
  const { t } = useTranslation();
  const { approve, giveBack } = useReviewActions(question.id);
  const approvePublish = useApproveAndPublish(question.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const waitsForStart = startsLater(exchange);

  function open(next: Dialog) {
    approve.reset();
    giveBack.reset();
    approvePublish.reset();
    setDialog(next);
  }

  useDeskHotkeys([
    [DESK_KEYS.approve, () => open('approve')],
    [DESK_KEYS.giveBack, () => open('return')],
  ]);

  return (
    <Paper withBorder p="md" data-testid="review-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('review.title')}
        </Title>
        <Text size="sm">{t('review.intro')}</Text>
        <Group gap="xs">
          <Button
            color="green"
            onClick={() => open('approve')}
            aria-keyshortcuts={ariaKeys('approve')}
          >
            {t('review.approve')}
          </Button>
          {waitsForStart && exchange && (
            <Button color="red" variant="light" onClick={() => open('approvePublish')}>
              {t('review.approvePublish')}
            </Button>
          )}
          <Button
            variant="light"
            color="orange"
            onClick={() => open('return')}
            aria-keyshortcuts={ariaKeys('giveBack')}
          >
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
      {exchange && (
        <ConfirmModal
          opened={dialog === 'approvePublish'}
          title={t('review.approvePublishTitle')}
          message={t('review.approvePublishText', {
            time: formatTimeDate(exchange.schedule.liveStartsAt),
          })}
          confirmLabel={t('review.approvePublish')}
          color="red"
          busy={approvePublish.isPending}
          error={approvePublish.isError ? approvePublish.error : null}
          onClose={() => setDialog(null)}
          onConfirm={() => approvePublish.mutate(undefined, { onSuccess: () => setDialog(null) })}
        />
      )}
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
  if (startsLater(exchange)) {
    return t('review.releaseAtStart', { time: formatTimeDate(exchange.schedule.liveStartsAt) });
  }
  return t('review.releaseNow');
}

/** Once live, approving publishes at once: "approve and publish now" would say nothing more. */
function startsLater(exchange: StaffExchange | undefined): boolean {
  return exchange !== undefined && Date.parse(exchange.schedule.liveStartsAt) > Date.now();
}
