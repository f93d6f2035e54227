import type { DeskQuestion } from '@giaoluu/contracts';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevisionsDrawer } from './RevisionsDrawer.tsx';

type RevisionsButtonProps = { question: DeskQuestion; onRestore?: (html: string) => void };

export function RevisionsButton({ question, onRestore }: RevisionsButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('answer.revisions.open', { count: question.answer?.revisionCount ?? 0 })}
      </Button>
      <RevisionsDrawer
        questionId={question.id}
        opened={opened}
        onClose={() => setOpened(false)}
        onRestore={onRestore}
      />
    </>
  );
}
