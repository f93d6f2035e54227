import { z } from 'zod';
import { exchangeStateSchema, guestSchema, scheduleSchema } from './exchanges.ts';
import { fieldSchema } from './fields.ts';
import { userText } from './text.ts';

/** An instant with its offset, e.g. 2026-12-27T08:00:00+07:00 (the UI sends Vietnam time). */
const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} không hợp lệ.` });

/**
 * What an admin edits. Times are checked together: intake opens no later than the live start,
 * and the live window ends after it starts.
 */
export const exchangeInputSchema = z
  .object({
    title: userText({ label: 'tiêu đề', min: 5, max: 200 }),
    description: userText({ label: 'mô tả', min: 0, max: 5000, multiline: true }).default(''),
    fieldSlugs: z
      .array(z.string().max(64))
      .min(1, { message: 'Chọn ít nhất một lĩnh vực.' })
      .max(20),
    guests: z
      .array(
        z.object({
          name: userText({ label: 'tên khách mời', max: 100 }),
          position: userText({ label: 'chức vụ', max: 150 }),
        }),
      )
      .max(30)
      .default([]),
    intakeOpensAt: instant('Thời điểm mở nhận câu hỏi'),
    liveStartsAt: instant('Thời điểm bắt đầu trực tuyến'),
    liveEndsAt: instant('Thời điểm kết thúc'),
  })
  .refine((value) => new Date(value.liveEndsAt) > new Date(value.liveStartsAt), {
    path: ['liveEndsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    params: { code: 'end_before_start' },
    when: () => true,
  })
  .refine((value) => new Date(value.intakeOpensAt) <= new Date(value.liveStartsAt), {
    path: ['intakeOpensAt'],
    message: 'Phải mở nhận câu hỏi trước khi buổi giao lưu bắt đầu.',
    params: { code: 'intake_after_start' },
    when: () => true,
  });
export type ExchangeInput = z.input<typeof exchangeInputSchema>;

/** Where an exchange stands for its admin: its publication status, then the clock's state. */
export const exchangeAdminStatusSchema = z.enum(['draft', 'announced', 'cancelled']);

export const adminExchangeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  status: exchangeAdminStatusSchema,
  state: exchangeStateSchema,
  rehearsal: z.boolean(),
  schedule: scheduleSchema,
  fields: z.array(fieldSchema),
  guests: z.array(guestSchema),
  counts: z.object({ questions: z.number().int(), answered: z.number().int() }),
  announcedAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
});
export type AdminExchange = z.infer<typeof adminExchangeSchema>;

export const adminExchangeListSchema = z.object({ items: z.array(adminExchangeSchema) });

export const cancelExchangeSchema = z.object({
  reason: userText({ label: 'lý do hủy', min: 5, max: 500, multiline: true }),
});
