import type { DeskQuestion, QuestionStatus } from '@giaoluu/contracts';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerHtml } from '../../shared/ui/AnswerHtml.tsx';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { ClaimTakenAlert } from '../desk-live/ClaimTakenAlert.tsx';
import { DeskShortcuts } from '../desk-live/DeskShortcuts.tsx';
import { PublicationPanel } from '../review/PublicationPanel.tsx';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import type { StaffExchange } from '../staff-shell/api.ts';
import { isBlankHtml } from './AnswerEditor.tsx';
import { AnswerWorkspace } from './AnswerWorkspace.tsx';
import { ClaimPanel } from './ClaimPanel.tsx';
import type { DraftSaver } from './draft-saver.ts';
import { RevisionsButton } from './RevisionsButton.tsx';

/** The steps at which a question is claimed and its answer written (the API's own list). */
const EDITABLE: ReadonlySet<QuestionStatus> = new Set([
  'accepted',
  'assigned',
  'drafted',
  'returned',
]);

type AnswerSectionProps = { question: DeskQuestion; exchange: StaffExchange | undefined };

export function AnswerSection({ question, exchange }: AnswerSectionProps) {
  const { t } = useTranslation();
  const me = useStaffUser();
  const saverRef = useRef<DraftSaver | null>(null);
  const { answer } = question;
  const editing = question.claimedBy?.id === me.id && EDITABLE.has(question.status);
  // The leader's note stays in sight until the answer goes back for review.
  const reviewNote = EDITABLE.has(question.status) ? answer?.reviewComment : null;
  const reviewing = question.status === 'in_review' && can(me, 'review');

  return (
    <Stack gap="md" component="section" aria-labelledby="answer-title">
      <Title order={2} size="h3" id="answer-title">
        {t('answer.title')}
      </Title>
      <ClaimTakenAlert question={question} />
      {/* In sight at the top of the work, as the triage page shows its keys above the queue. */}
      <DeskShortcuts
        question={question}
        offered={{
          claim: EDITABLE.has(question.status) && !question.claimedBy && can(me, 'claim'),
          submit: editing,
          approve: reviewing,
          giveBack: reviewing,
          publish: answer?.status === 'approved' && can(me, 'review') && !answer.publicNow,
        }}
      />
      {EDITABLE.has(question.status) && <ClaimPanel question={question} saverRef={saverRef} />}
      {reviewNote && (
        <Alert color="orange" title={t('answer.returnedTitle')} data-testid="review-comment">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {reviewNote}
          </Text>
        </Alert>
      )}

      {editing ? (
        <AnswerWorkspace key={question.id} question={question} saverRef={saverRef} />
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            {answer && !isBlankHtml(answer.html) ? (
              <AnswerHtml html={answer.html} />
            ) : (
              <Text c="dimmed">{t('answer.none')}</Text>
            )}
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {answer?.author && t('answer.author', { name: answer.author.name })}
              </Text>
              <RevisionsButton question={question} />
            </Group>
          </Stack>
        </Paper>
      )}

      {reviewing && <ReviewPanel question={question} exchange={exchange} />}
      {answer?.status === 'approved' && <PublicationPanel question={question} answer={answer} />}
    </Stack>
  );
}
