import { z } from 'zod';
import { answeredBySchema } from './feed.ts';

/**
 * What an asker sees of their question, in plain words. Internal steps (assigned, drafted,
 * in review …) are one public status, and a rejection reason is never shown.
 */
export const publicQuestionStatusSchema = z.enum([
  'received',
  'processing',
  'answered',
  'declined',
]);
export type PublicQuestionStatus = z.infer<typeof publicQuestionStatusSchema>;

export const trackResultSchema = z.object({
  trackingCode: z.string(),
  status: publicQuestionStatusSchema,
  /** Set when the question was merged into another: its answer is the one shown. */
  mergedInto: z.boolean(),
  exchange: z.object({ id: z.uuid(), title: z.string() }),
  question: z.object({ title: z.string(), body: z.string(), submittedAt: z.iso.datetime() }),
  answer: z
    .object({ html: z.string(), answeredBy: answeredBySchema, publishedAt: z.iso.datetime() })
    .nullable(),
});
export type TrackResult = z.infer<typeof trackResultSchema>;

export const trackParamsSchema = z.object({ code: z.string().max(40) });
