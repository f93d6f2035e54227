import type { ExchangeDetail } from '@giaoluu/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';
import { QUESTION_FORM_TITLE_ID } from '../exchanges/SectionJumps.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { SubmissionReceipt } from './SubmissionReceipt.tsx';
import { UnsentDraft } from './UnsentDraft.tsx';
import { useSubmitQuestion } from './use-submit-question.ts';

/**
 * "Gửi câu hỏi": the form while intake is open, the receipt after a send, else a short note.
 * The send belongs to this section, not to the form, so that a receipt still appears if
 * intake closes (and the form goes) while a question is on its way.
 */
export function QuestionSection({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const submit = useSubmitQuestion(exchange.id);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={QUESTION_FORM_TITLE_ID}>
      <Stack gap="md">
        <Title order={2} id={QUESTION_FORM_TITLE_ID} tabIndex={-1}>
          {t('questionForm.title')}
        </Title>
        {submit.isSuccess ? (
          <SubmissionReceipt receipt={submit.data} onAskAnother={() => submit.reset()} />
        ) : exchange.intakeOpen || submit.isPending ? (
          <QuestionForm exchange={exchange} submit={submit} />
        ) : (
          <IntakeClosedNote exchange={exchange} />
        )}
      </Stack>
    </Paper>
  );
}

function IntakeClosedNote({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const opensLater =
    exchange.state === 'announced' && Date.now() < Date.parse(exchange.schedule.intakeOpensAt);

  const message = opensLater
    ? t('intake.notYetOpen', { start: formatDateTime(exchange.schedule.intakeOpensAt) })
    : exchange.state === 'ended'
      ? t('intake.ended')
      : t('intake.closed');

  // A status region: when intake closes while the page is open, the form goes and this note
  // takes its place, which a screen reader user must hear about.
  return (
    <Stack gap="sm" role="status">
      <Text c="dimmed">{message}</Text>
      <UnsentDraft exchangeId={exchange.id} />
    </Stack>
  );
}
