import type { DeskQuestion } from '@giaoluu/contracts';
import { Alert, Button, Group, Text } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { useQuestionAction } from '../desk/use-question-action.ts';
import { ariaKeys, DESK_KEYS } from '../desk-live/desk-keys.ts';
import { useDeskHotkeys } from '../desk-live/use-desk-hotkeys.ts';
import type { DraftSaver } from './draft-saver.ts';

type ClaimPanelProps = { question: DeskQuestion; saverRef: RefObject<DraftSaver | null> };

/** Who works on this question now; one person at a time, so two never write over each other. */
export function ClaimPanel({ question, saverRef }: ClaimPanelProps) {
  const { t } = useTranslation();
  const me = useStaffUser();
  const claim = useQuestionAction(question.id, 'claim');
  const release = useQuestionAction(question.id, 'release');
  const takeOver = useQuestionAction(question.id, 'take-over');
  const holder = question.claimedBy;
  const mine = holder?.id === me.id;
  const leader = can(me, 'takeOver');
  const failed = [claim, release, takeOver].find((action) => action.isError);
  const claimable = !holder && can(me, 'claim');

  useDeskHotkeys([[DESK_KEYS.claim, claimable && !claim.isPending ? () => claim.mutate() : null]]);

  async function releaseMine() {
    // What was typed is saved before the question is handed back.
    if (saverRef.current && !(await saverRef.current.flush())) return;
    release.mutate();
  }

  return (
    <Alert
      color={mine ? 'blue' : holder ? 'yellow' : 'gray'}
      variant="light"
      data-testid="claim-panel"
      title={
        mine
          ? t('claim.mine')
          : holder
            ? t('claim.heldBy', { name: holder.name })
            : t('claim.nobody')
      }
    >
      <Group gap="xs">
        {claimable && (
          <Button
            size="xs"
            onClick={() => claim.mutate()}
            loading={claim.isPending}
            aria-keyshortcuts={ariaKeys('claim')}
          >
            {t('claim.claim')}
          </Button>
        )}
        {mine && (
          <Button
            size="xs"
            variant="default"
            onClick={() => void releaseMine()}
            loading={release.isPending}
          >
            {t('claim.release')}
          </Button>
        )}
        {holder && !mine && leader && (
          <>
            <Button
              size="xs"
              variant="default"
              onClick={() => release.mutate()}
              loading={release.isPending}
            >
              {t('claim.release')}
            </Button>
            <Button size="xs" onClick={() => takeOver.mutate()} loading={takeOver.isPending}>
              {t('claim.takeOver')}
            </Button>
          </>
        )}
        {holder && !mine && !leader && <Text size="sm">{t('claim.askLeader')}</Text>}
      </Group>
      {failed?.isError && <ErrorAlert error={failed.error} />}
    </Alert>
  );
}
