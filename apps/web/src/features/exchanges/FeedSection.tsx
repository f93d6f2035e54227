import type { FeedItem } from '@giaoluu/contracts';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { FeedItemCard } from './FeedItemCard.tsx';
import { useFeed } from './use-feed.ts';

export function FeedSection({ exchangeId }: { exchangeId: string }) {
  const { t } = useTranslation();
  const feed = useFeed(exchangeId);
  const items = uniqueById(feed.data?.pages.flatMap((page) => page.items) ?? []);

  return (
    <Stack gap="md" component="section" aria-labelledby="feed-title">
      <Title order={2} id="feed-title">
        {t('feed.title')}
      </Title>

      {feed.isPending && <PageLoader />}
      {feed.isError && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.isSuccess && items.length === 0 && <Text c="dimmed">{t('feed.empty')}</Text>}

      {items.map((item) => (
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
  );
}

/** While live, pages are refetched as new answers arrive; an item must still render once. */
function uniqueById(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
