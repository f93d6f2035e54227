import type { FeedItem } from '@giaoluu/contracts';
import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { FeedItemCard } from './FeedItemCard.tsx';
import { NewAnswersIndicator } from './NewAnswersIndicator.tsx';
import { FEED_TITLE_ID } from './SectionJumps.tsx';
import { useFeed } from './use-feed.ts';
import { useHeldFeed } from './use-held-feed.ts';
import { useReadingFeed } from './use-reading-feed.ts';

/**
 * The published Q&A, newest first. Live additions go straight in while the reader is at the
 * top; once they are down in the feed, additions wait behind an indicator so the text they are
 * reading does not move. Withdrawn items disappear where they are.
 */
export function FeedSection({ exchangeId }: { exchangeId: string }) {
  const { t } = useTranslation();
  const feed = useFeed(exchangeId);
  const sectionRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const reducedMotion = useReducedMotion();
  const reading = useReadingFeed(sectionRef);
  const items = uniqueById(feed.data?.pages.flatMap((page) => page.items) ?? []);
  const { visible, heldCount, showHeld } = useHeldFeed(items, reading);

  const showNewAnswers = () => {
    showHeld();
    sectionRef.current?.scrollIntoView({
      behavior: reducedMotion ? 'auto' : 'smooth',
      block: 'start',
    });
    // The button goes away once clicked; focus moves to the feed rather than to nowhere.
    titleRef.current?.focus({ preventScroll: true });
  };

  return (
    <Box
      ref={sectionRef}
      component="section"
      aria-labelledby={FEED_TITLE_ID}
      style={{ scrollMarginTop: 'var(--mantine-spacing-md)' }}
    >
      <NewAnswersIndicator count={heldCount} onShow={showNewAnswers} />
      <Stack gap="md">
        <Title order={2} id={FEED_TITLE_ID} ref={titleRef} tabIndex={-1}>
          {t('feed.title')}
        </Title>

        {feed.isPending && <PageLoader />}
        {feed.isError && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
        {feed.isSuccess && items.length === 0 && <Text c="dimmed">{t('feed.empty')}</Text>}

        {visible.map((item) => (
          <FeedItemCard key={item.id} item={item} />
        ))}

        {feed.hasNextPage && (
          <Button
            variant="light"
            onClick={() => void feed.fetchNextPage()}
            loading={feed.isFetchingNextPage}
            style={{ alignSelf: 'center' }}
          >
            {t('feed.more')}
          </Button>
        )}
      </Stack>
    </Box>
  );
}

/** Pages are read by cursor while answers arrive live; an item must still render once. */
function uniqueById(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
