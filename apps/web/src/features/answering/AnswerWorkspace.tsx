import type { DeskQuestion } from '@giaoluu/contracts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useStaffFetch } from '../auth/use-staff-fetch.ts';
import { deskKeys } from '../desk/query-keys.ts';
import { refreshDesk } from '../desk/use-question-action.ts';
import { ariaKeys, DESK_KEYS } from '../desk-live/desk-keys.ts';
import { useDeskHotkeys } from '../desk-live/use-desk-hotkeys.ts';
import { AnswerEditor, isBlankHtml, useAnswerEditor } from './AnswerEditor.tsx';
import { readAnswerBackup, removeAnswerBackup, writeAnswerBackup } from './answer-backup.ts';
import { saveDraft } from './api.ts';
import type { DraftSaver } from './draft-saver.ts';
import { RevisionsButton } from './RevisionsButton.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { useAutosave } from './use-autosave.ts';
import { useSubmitAnswer } from './use-submit-answer.ts';

type AnswerWorkspaceProps = {
  question: DeskQuestion;
  /** Lets the claim buttons save what is typed before the claim is given up. */
  saverRef: RefObject<DraftSaver | null>;
};

/** The answer being written by the one who holds the question, saved as it is typed. */
export function AnswerWorkspace({ question, saverRef }: AnswerWorkspaceProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staffFetch = useStaffFetch();
  const serverHtml = question.answer?.html ?? '';
  const base = useRef(question.answer?.updatedAt ?? null);
  const [restored] = useState(() => restorableBackup(question));
  const submit = useSubmitAnswer(question.id);
  const [unsavedOnSubmit, setUnsavedOnSubmit] = useState(false);
  const [blank, setBlank] = useState(() => isBlankHtml(restored ?? serverHtml));

  const { status, saver } = useAutosave({
    initial: serverHtml,
    initialSavedAt: question.answer?.updatedAt ?? null,
    save: async (html) => {
      const updated = await saveDraft(staffFetch, question.id, html);
      base.current = updated.answer?.updatedAt ?? base.current;
      const previous = queryClient.getQueryData<DeskQuestion>(deskKeys.question(question.id));
      queryClient.setQueryData(deskKeys.question(question.id), updated);
      // Nothing typed since this text left: the server holds all of it, the copy can go.
      if (saver.latest === html) removeAnswerBackup(question.id);
      // The first save turns "assigned" into "drafted": the lists show statuses.
      if (previous?.status !== updated.status) void refreshDesk(queryClient);
    },
    saveOnUnload: (html) => {
      saveDraft(staffFetch, question.id, html, { keepalive: true }).catch(() => {
        // The page is going away; the copy kept on this computer is what remains.
      });
    },
  });

  const editor = useAnswerEditor({
    initial: restored ?? serverHtml,
    onChange: (html) => {
      writeAnswerBackup(question.id, { html, baseUpdatedAt: base.current });
      setBlank(isBlankHtml(html));
      saver.change(html);
    },
    onBlur: () => void saver.flush(),
  });

  useEffect(() => {
    saverRef.current = saver;
    if (restored) saver.change(restored);
    return () => {
      saverRef.current = null;
    };
  }, [saver, saverRef, restored]);

  // Ctrl+Enter sends for review from inside the editor too: that is where the answer is finished.
  useDeskHotkeys([
    [DESK_KEYS.submit, blank || submit.isPending ? null : () => void sendForReview()],
  ]);

  async function sendForReview() {
    setUnsavedOnSubmit(false);
    if (!(await saver.flush())) {
      setUnsavedOnSubmit(true);
      return;
    }
    submit.mutate(undefined, { onSuccess: () => removeAnswerBackup(question.id) });
  }

  return (
    <Stack gap="sm">
      {restored && (
        <Alert color="blue" variant="light">
          {t('answer.restored')}
        </Alert>
      )}
      <AnswerEditor editor={editor} />
      <Group justify="space-between" align="center">
        <SaveIndicator status={status} onRetry={() => void saver.flush()} />
        <Group gap="xs">
          <RevisionsButton
            question={question}
            onRestore={(html) => editor?.commands.setContent(html, { emitUpdate: true })}
          />
          <Button
            onClick={() => void sendForReview()}
            loading={submit.isPending}
            disabled={blank}
            aria-keyshortcuts={ariaKeys('submit')}
          >
            {t('answer.submit')}
          </Button>
        </Group>
      </Group>
      {unsavedOnSubmit && <Alert color="red">{t('answer.submitUnsaved')}</Alert>}
      {submit.isError && <ErrorAlert error={submit.error} />}
    </Stack>
  );
}

/**
 * (Safe to run twice, as React's strict mode does: a stale copy is gone after the first run.)
 * Text typed here that the server never confirmed, offered back only over the very version
 * it was typed on: a later version (a colleague took over, a leader returned it) wins.
 */
function restorableBackup(question: DeskQuestion): string | null {
  const backup = readAnswerBackup(question.id);
  if (!backup) return null;

  const sameBase = backup.baseUpdatedAt === (question.answer?.updatedAt ?? null);
  if (sameBase && backup.html !== (question.answer?.html ?? '')) return backup.html;
  removeAnswerBackup(question.id);
  return null;
}
