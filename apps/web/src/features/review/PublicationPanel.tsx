import { type DeskQuestion, unpublishSchema } from '@giaoluu/contracts';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTimeDate } from '../../shared/format/date.ts';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { deskKeys } from '../desk/query-keys.ts';
import { ariaKeys, DESK_KEYS } from '../desk-live/desk-keys.ts';
import { useDeskHotkeys } from '../desk-live/use-desk-hotkeys.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { formatDuration, useNow } from './countdown.ts';
import { ReasonModal } from './ReasonModal.tsx';
import { useReviewActions } from './use-review-actions.ts';

type Answer = NonNullable<DeskQuestion['answer']>;

/**
 * An approved answer: who answers, and when the public sees it. Before the live start it
 * waits, with a countdown; a leader may publish it at once or take it down.
 */
export function PublicationPanel({ question, answer }: { question: DeskQuestion; answer: Answer }) {
  const { t } = useTranslation();
  const leader = can(useStaffUser(), 'review');
  const { publishNow, unpublish } = useReviewActions(question.id);
  const [dialog, setDialog] = useState<'publish' | 'unpublish' | null>(null);
  const waiting = !answer.publicNow && !answer.unpublishedAt && answer.publishAt !== null;
  const who = answer.answeredBy;

  function open(next: 'publish' | 'unpublish') {
    publishNow.reset();
    unpublish.reset();
    setDialog(next);
  }

  useDeskHotkeys([[DESK_KEYS.publish, leader && !answer.publicNow ? () => open('publish') : null]]);

  return (
    <Paper withBorder p="md" data-testid="publication-panel">
      <Stack gap="xs">
        <Group gap="xs">
          <PublicationBadge answer={answer} />
          {waiting && answer.publishAt && (
            <Text size="sm" data-testid="release-time">
              {t('publication.scheduledAt', { time: formatTimeDate(answer.publishAt) })}
            </Text>
          )}
        </Group>
        {waiting && answer.publishAt && (
          <Countdown questionId={question.id} until={answer.publishAt} />
        )}
        {answer.unpublishedAt && (
          <Text size="sm">
            {t('publication.unpublished', { time: formatDateTime(answer.unpublishedAt) })}
            {answer.unpublishReason && ` — ${answer.unpublishReason}`}
          </Text>
        )}
        {who && (
          <Text size="sm" data-testid="answered-by">
            {t('publication.answeredBy', {
              who: `${[who.name, who.position].filter(Boolean).join(', ')} — ${who.organisation}`,
            })}
          </Text>
        )}
        {leader && (
          <Group gap="xs">
            {!answer.publicNow && (
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => open('publish')}
                aria-keyshortcuts={ariaKeys('publish')}
              >
                {t('publication.publishNow')}
              </Button>
            )}
            {answer.publicNow && (
              <Button size="xs" color="gray" variant="light" onClick={() => open('unpublish')}>
                {t('publication.unpublish')}
              </Button>
            )}
          </Group>
        )}
      </Stack>

      <ConfirmModal
        opened={dialog === 'publish'}
        title={t('publication.publishNowTitle')}
        message={
          answer.publishAt && Date.parse(answer.publishAt) > Date.now()
            ? t('publication.publishNowEarly', { time: formatTimeDate(answer.publishAt) })
            : t('publication.publishNowText')
        }
        confirmLabel={t('publication.publishNowConfirm')}
        color="red"
        busy={publishNow.isPending}
        error={publishNow.isError ? publishNow.error : null}
        onClose={() => setDialog(null)}
        onConfirm={() => publishNow.mutate({ confirm: true }, { onSuccess: () => setDialog(null) })}
      />
      <ReasonModal
        opened={dialog === 'unpublish'}
        title={t('publication.unpublishTitle')}
        intro={t('publication.unpublishIntro')}
        label={t('publication.reason')}
        confirmLabel={t('publication.unpublish')}
        color="red"
        schema={unpublishSchema}
        field="reason"
        busy={unpublish.isPending}
        error={unpublish.isError ? unpublish.error : null}
        onClose={() => setDialog(null)}
        onSubmit={(reason) => unpublish.mutate({ reason }, { onSuccess: () => setDialog(null) })}
      />
    </Paper>
  );
}

function PublicationBadge({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (answer.publicNow) return <Badge color="green">{t('publication.public')}</Badge>;
  if (answer.unpublishedAt) return <Badge color="gray">{t('publication.takenDown')}</Badge>;
  if (answer.publishAt) return <Badge color="blue">{t('publication.scheduled')}</Badge>;
  return <Badge color="gray">{t('publication.notPublic')}</Badge>;
}

/** Ticks down to the release; at zero the question is read again to show it public. */
function Countdown({ questionId, until }: { questionId: string; until: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const now = useNow(1000);
  const left = Date.parse(until) - now;
  const due = left <= 0;

  useEffect(() => {
    if (due) void queryClient.invalidateQueries({ queryKey: deskKeys.question(questionId) });
  }, [due, queryClient, questionId]);

  return (
    <Text size="sm" fw={600} c="blue" data-testid="release-countdown">
      {due
        ? t('publication.releasing')
        : t('publication.countdown', { duration: formatDuration(left, t) })}
    </Text>
  );
}
