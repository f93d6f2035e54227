import { Button, Divider, Drawer, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { QuestionFacts } from '../desk/QuestionFacts.tsx';
import { useDeskQuestion } from '../desk/use-desk-question.ts';
import { SimilarQuestions } from './SimilarQuestions.tsx';
import { triageMoves } from './triage-moves.ts';

type QuestionDrawerProps = {
  id: string | null;
  canModerate: boolean;
  busy: boolean;
  onClose: () => void;
  onAccept: (id: string) => void;
  onReject: (id: string) => void;
  onAssign: (id: string) => void;
};

export function QuestionDrawer({ id, onClose, ...actions }: QuestionDrawerProps) {
  const { t } = useTranslation();

  return (
    <Drawer.Root opened={id !== null} onClose={onClose} position="right" size="xl">
      <Drawer.Overlay />
      {/* data-queue-keys: j/k keep stepping through the list while the drawer is open. */}
      <Drawer.Content data-queue-keys>
        <Drawer.Header>
          <Drawer.Title>{t('triage.drawer.label')}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>{id && <DrawerBody id={id} {...actions} />}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function DrawerBody({
  id,
  canModerate,
  busy,
  onAccept,
  onReject,
  onAssign,
}: Omit<QuestionDrawerProps, 'onClose'> & { id: string }) {
  const { t } = useTranslation();
  const question = useDeskQuestion(id);

  if (question.isPending) return <PageLoader />;
  if (question.isError) {
    return <ErrorAlert error={question.error} onRetry={() => void question.refetch()} />;
  }

  const moves = triageMoves(question.data.status);

  return (
    <Stack gap="md">
      <QuestionFacts question={question.data} />
      <Group gap="xs">
        {canModerate && moves.accept && (
          <Button size="xs" onClick={() => onAccept(id)} loading={busy}>
            {t('triage.actions.accept')}
          </Button>
        )}
        {canModerate && moves.reject && (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => onReject(id)}
            disabled={busy}
          >
            {t('triage.actions.reject')}
          </Button>
        )}
        {canModerate && moves.assign && (
          <Button size="xs" variant="light" onClick={() => onAssign(id)} disabled={busy}>
            {t('triage.actions.assign')}
          </Button>
        )}
        <Button size="xs" variant="default" component={Link} to={paths.staff.question(id)}>
          {t('triage.drawer.openPage')}
        </Button>
      </Group>
      <Divider />
      <SimilarQuestions question={question.data} canMerge={canModerate} />
    </Stack>
  );
}
