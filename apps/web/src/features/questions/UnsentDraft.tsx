import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStorage } from '../../shared/browser/storage.ts';
import { draftStorageKey, parseDraft } from './question-draft.ts';

/**
 * The question a person was writing when intake closed (the form saves it as they type), shown
 * read-only so that nothing they wrote is lost: they can copy it, and it stays on the device
 * should intake open again.
 */
export function UnsentDraft({ exchangeId }: { exchangeId: string }) {
  const { t } = useTranslation();
  const [draft] = useState(() => parseDraft(readStorage(draftStorageKey(exchangeId))));
  const text = [draft?.values.title, draft?.values.body]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n\n');
  if (!text) return null;

  return (
    <Textarea
      readOnly
      autosize
      minRows={3}
      maxRows={12}
      label={t('intake.unsentLabel')}
      description={t('intake.unsentHint')}
      value={text}
    />
  );
}
