import { z } from 'zod';
import { fieldSchema } from './fields.ts';

/** The public state of an exchange, computed from the clock (see the api's exchange-state). */
export const exchangeStateSchema = z.enum(['draft', 'announced', 'live', 'ended']);
export type ExchangeState = z.infer<typeof exchangeStateSchema>;

export const scheduleSchema = z.object({
  intakeOpensAt: z.iso.datetime(),
  liveStartsAt: z.iso.datetime(),
  liveEndsAt: z.iso.datetime(),
});

export const exchangeSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  state: exchangeStateSchema,
  intakeOpen: z.boolean(),
  schedule: scheduleSchema,
});
export type ExchangeSummary = z.infer<typeof exchangeSummarySchema>;

export const exchangeListSchema = z.object({ items: z.array(exchangeSummarySchema) });
export type ExchangeList = z.infer<typeof exchangeListSchema>;

export const guestSchema = z.object({ name: z.string(), position: z.string() });

export const exchangeDetailSchema = exchangeSummarySchema.extend({
  description: z.string(),
  fields: z.array(fieldSchema),
  guests: z.array(guestSchema),
  counts: z.object({ questions: z.number().int(), answered: z.number().int() }),
});
export type ExchangeDetail = z.infer<typeof exchangeDetailSchema>;

export const exchangeParamsSchema = z.object({
  id: z.uuid({ error: 'Mã buổi giao lưu không hợp lệ.' }),
});
