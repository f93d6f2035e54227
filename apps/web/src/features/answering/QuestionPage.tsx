import { idParamsSchema } from '@giaoluu/contracts';
import { Alert, Anchor, Grid, Paper, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useStaffUser } from '../auth/staff-user.tsx';
import { QuestionFacts } from '../desk/QuestionFacts.tsx';
import { useDeskQuestion } from '../desk/use-desk-question.ts';
import { rememberCurrentExchange } from '../staff-shell/current-exchange.ts';
import { defaultArea } from '../staff-shell/default-area.ts';
import { useStaffExchange } from '../staff-shell/use-staff-exchanges.ts';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { AnswerSection } from './AnswerSection.tsx';

export function QuestionPage() {
  const { t } = useTranslation();
  const me = useStaffUser();
  const { id = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id }).success;
  const question = useDeskQuestion(valid ? id : null);
  // The schedule says when an approved answer goes public; a page without it still works.
  const exchange = useStaffExchange(question.data?.exchangeId);
  usePageTitle(question.data?.title ?? t('answer.pageTitle'));
  const exchangeId = question.data?.exchangeId;

  // Working on a question is working on its exchange: the menu and the live desk follow it.
  useEffect(() => {
    if (exchangeId) rememberCurrentExchange(exchangeId);
  }, [exchangeId]);

  if (!valid) return <Alert color="yellow">{t('answer.notFound')}</Alert>;
  if (question.isPending) return <PageLoader />;
  if (question.isError) {
    return <ErrorAlert error={question.error} onRetry={() => void question.refetch()} />;
  }

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={paths.staff.area(question.data.exchangeId, defaultArea(me))}
        size="sm"
      >
        {t('answer.back')}
      </Anchor>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md">
            <QuestionFacts question={question.data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <AnswerSection question={question.data} exchange={exchange.data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
