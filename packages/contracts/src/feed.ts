import { z } from 'zod';
import { fieldSchema } from './fields.ts';

export const answeredBySchema = z.object({
  name: z.string(),
  position: z.string().nullable(),
  organisation: z.string(),
});

/** A published question with its answer. Contact details of the asker never appear here. */
export const feedItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  askerName: z.string(),
  askerKind: z.enum(['citizen', 'business']),
  locality: z.string(),
  field: fieldSchema,
  askedAt: z.iso.datetime(),
  answer: z.object({
    html: z.string(),
    answeredBy: answeredBySchema,
    publishedAt: z.iso.datetime(),
  }),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export const feedPageSchema = z.object({
  items: z.array(feedItemSchema),
  nextCursor: z.string().nullable(),
  /**
   * On the first page: the newest event of the exchange's public stream that this page already
   * shows ("0" when there is none). A page opens the stream from it (`?lastEventId=`), so an
   * answer published between reading the feed and joining the stream is not missed.
   */
  liveEventId: z.string().optional(),
});
export type FeedPage = z.infer<typeof feedPageSchema>;

export const FEED_PAGE_MAX = 50;
/** Items on a page when the request names no limit. */
export const FEED_PAGE_DEFAULT = 10;

export const feedQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number({ error: 'Số mục mỗi trang phải là số.' })
    .int()
    .min(1, { message: 'Số mục mỗi trang phải từ 1 trở lên.' })
    .max(FEED_PAGE_MAX, { message: `Số mục mỗi trang tối đa là ${FEED_PAGE_MAX}.` })
    .default(FEED_PAGE_DEFAULT),
});
