import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ClaimLoss } from './claim-loss.ts';

type ClaimLostNoticesProps = {
  losses: readonly ClaimLoss[];
  onDismiss: (questionId: string) => void;
};

/**
 * Above whatever desk page is open: a question this officer was working on was taken over.
 * Their answer is no longer theirs to finish, and nothing else on a list page would say so.
 * (The question's own page says it in place; see ClaimTakenAlert.)
 */
export function ClaimLostNotices({ losses, onDismiss }: ClaimLostNoticesProps) {
  const { t } = useTranslation();
  if (losses.length === 0) return null;

  return (
    <Stack gap="xs" mb="md">
      {losses.map((loss) => (
        <Alert
          key={loss.questionId}
          color="red"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => onDismiss(loss.questionId)}
          title={t('deskLive.claimLostTitle')}
          data-testid="claim-lost"
        >
          {t('deskLive.claimLost', { name: loss.by, title: loss.title })}{' '}
          <Anchor
            component={Link}
            to={paths.staff.question(loss.questionId)}
            size="sm"
            onClick={() => onDismiss(loss.questionId)}
          >
            {t('deskLive.openQuestion')}
          </Anchor>
        </Alert>
      ))}
    </Stack>
  );
}
