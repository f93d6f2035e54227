import { z } from 'zod';
import { exchangeStateSchema, guestSchema, scheduleSchema } from './exchanges.ts';
import { fieldSchema } from './fields.ts';
import { userText } from './text.ts';

/** An instant with its offset, e.g. 2026-12-27T08:00:00+07:00 (the UI sends Vietnam time). */
const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} không hợp lệ.` });

const instantFormat = z.iso.datetime({ offset: true });

/**
 * Whether two instants come in order. Offsets may differ, so they are compared as moments, not
 * as text; one that is missing or malformed has its own error already and is not compared.
 */
function inOrder(earlier: unknown, later: unknown, { strict }: { strict: boolean }): boolean {
  const first = instantFormat.safeParse(earlier);
  const second = instantFormat.safeParse(later);
  if (!first.success || !second.success) return true;

  const gap = Date.parse(second.data) - Date.parse(first.data);
  return strict ? gap > 0 : gap >= 0;
}

/**
 * What an admin edits. Times are checked together: intake opens no later than the live start,
 * and the live window ends after it starts.
 */
export const exchangeInputSchema = z
  .object({
    title: userText({ label: 'tiêu đề', min: 5, max: 200 }),
    description: userText({ label: 'mô tả', min: 0, max: 5000, multiline: true }).default(''),
    fieldSlugs: z
      .array(z.string({ error: 'Lĩnh vực không hợp lệ.' }).max(64), {
        error: 'Chọn ít nhất một lĩnh vực.',
      })
      .min(1, { message: 'Chọn ít nhất một lĩnh vực.' })
      .max(20, { message: 'Chọn tối đa 20 lĩnh vực.' }),
    guests: z
      .array(
        z.object({
          name: userText({ label: 'tên khách mời', max: 100 }),
          position: userText({ label: 'chức vụ', max: 150 }),
        }),
        { error: 'Danh sách khách mời không hợp lệ.' },
      )
      .max(30, { message: 'Tối đa 30 khách mời.' })
      .default([]),
    intakeOpensAt: instant('Thời điểm mở nhận câu hỏi'),
    liveStartsAt: instant('Thời điểm bắt đầu trực tuyến'),
    liveEndsAt: instant('Thời điểm kết thúc'),
  })
  // `when` runs these even while another field is wrong, so a person sees every error at once.
  .refine((value) => inOrder(value.liveStartsAt, value.liveEndsAt, { strict: true }), {
    path: ['liveEndsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    params: { code: 'end_before_start' },
    when: () => true,
  })
  .refine((value) => inOrder(value.intakeOpensAt, value.liveStartsAt, { strict: false }), {
    path: ['intakeOpensAt'],
    message: 'Phải mở nhận câu hỏi trước khi buổi giao lưu bắt đầu.',
    params: { code: 'intake_after_start' },
    when: () => true,
  });
export type ExchangeInput = z.input<typeof exchangeInputSchema>;
export type ValidExchangeInput = z.output<typeof exchangeInputSchema>;

/** Where an exchange stands for its admin: its publication status, then the clock's state. */
export const exchangeAdminStatusSchema = z.enum(['draft', 'announced', 'cancelled']);
export type ExchangeAdminStatus = z.infer<typeof exchangeAdminStatusSchema>;

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
  cancelReason: z.string().nullable(),
});
export type AdminExchange = z.infer<typeof adminExchangeSchema>;

export const adminExchangeListSchema = z.object({ items: z.array(adminExchangeSchema) });
export type AdminExchangeList = z.infer<typeof adminExchangeListSchema>;

export const cancelExchangeSchema = z.object({
  reason: userText({ label: 'lý do hủy', min: 5, max: 500, multiline: true }),
});
