import { type ExchangeDetail, exchangeParamsSchema } from '@giaoluu/contracts';
import { Anchor, Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { LiveConnectionBadge } from '../live/LiveConnectionBadge.tsx';
import { type ResumePoint, useExchangeEvents } from '../live/use-exchange-events.ts';
import { QuestionSection } from '../questions/QuestionSection.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { ExchangeOverview } from './ExchangeOverview.tsx';
import { FeedSection } from './FeedSection.tsx';
import { SectionJumps } from './SectionJumps.tsx';
import { useExchange } from './use-exchange.ts';
import { useFeed } from './use-feed.ts';

export function ExchangePage() {
  const { id = '' } = useParams();

  // An id that cannot be one is answered here, without asking the server.
  if (!exchangeParamsSchema.safeParse({ id }).success) return <ExchangeNotFound />;
  return <ExchangeView key={id} id={id} />;
}

function ExchangeView({ id }: { id: string }) {
  const exchange = useExchange(id);
  usePageTitle(exchange.data?.title ?? null);

  if (exchange.isPending) return <PageLoader />;
  if (exchange.isError) {
    if (isApiError(exchange.error) && exchange.error.status === 404) {
      return <ExchangeNotFound error={exchange.error} />;
    }
    return <ErrorAlert error={exchange.error} onRetry={() => void exchange.refetch()} />;
  }

  return <ExchangeContent detail={exchange.data} />;
}

function ExchangeContent({ detail }: { detail: ExchangeDetail }) {
  // The same query as the feed section's: the stream starts where the feed's first page ends.
  const feed = useFeed(detail.id);
  const connection = useExchangeEvents(detail.id, detail.state, resumePointOf(feed));

  return (
    <Stack gap="xl">
      <ExchangeOverview
        exchange={detail}
        // On a phone, before the description and guests push both sections off the screen.
        afterCounts={<SectionJumps answered={detail.counts.answered} />}
      />
      <LiveConnectionBadge connection={connection} />
      <Grid gap="lg">
        {/* On a phone the form comes first; on a wide screen the answers take the main column. */}
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <QuestionSection exchange={detail} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <FeedSection exchangeId={detail.id} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function resumePointOf(feed: ReturnType<typeof useFeed>): ResumePoint {
  if (feed.isPending) return { ready: false };
  // Without a feed (it failed) the stream still follows, from now.
  return { ready: true, lastEventId: feed.data?.pages[0]?.liveEventId ?? null };
}

function ExchangeNotFound({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('exchange.notFound'));

  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('exchange.notFound')}</Title>
      {error !== undefined && <ErrorAlert error={error} />}
      <Anchor component={Link} to={paths.home}>
        {t('exchange.back')}
      </Anchor>
    </Stack>
  );
}
