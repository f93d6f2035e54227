import type { DeskQuestion } from '@giaoluu/contracts';
import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffUser } from '../auth/staff-user.tsx';

type Holder = DeskQuestion['claimedBy'];
type Notice = { name: string; fromMe: boolean };

/**
 * Says so when the question on screen passes from one holder to another while it is open:
 * the claim panel changes quietly, and an officer who was writing must not keep typing into
 * an answer that is no longer theirs. Released or claimed from nobody is no take-over.
 */
export function ClaimTakenAlert({ question }: { question: DeskQuestion }) {
  const { t } = useTranslation();
  const me = useStaffUser();
  const holder = question.claimedBy;
  const [seen, setSeen] = useState<{ id: string; holder: Holder }>({ id: question.id, holder });
  const [notice, setNotice] = useState<Notice | null>(null);

  // Compared while rendering (React's pattern for state that follows a prop), so the notice
  // appears in the same paint as the changed claim panel.
  if (seen.id !== question.id || seen.holder?.id !== holder?.id) {
    const before = seen.id === question.id ? seen.holder : null;
    setSeen({ id: question.id, holder });
    if (before && holder && holder.id !== me.id) {
      setNotice({ name: holder.name, fromMe: before.id === me.id });
    } else {
      setNotice(null);
    }
  }

  if (!notice) return null;
  return (
    <Alert
      color={notice.fromMe ? 'red' : 'yellow'}
      role="alert"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => setNotice(null)}
      title={notice.fromMe ? t('deskLive.takenOverFromYouTitle') : t('deskLive.takenOverTitle')}
      data-testid="claim-taken"
    >
      {notice.fromMe
        ? t('deskLive.takenOverFromYou', { name: notice.name })
        : t('deskLive.takenOver', { name: notice.name })}
    </Alert>
  );
}
