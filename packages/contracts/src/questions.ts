import { z } from 'zod';
import { fieldSlugSchema } from './fields.ts';
import { emptyToUndefined, optionalUserText, userText } from './text.ts';

export const LIMITS = {
  askerName: 100,
  organisation: 200,
  locality: 100,
  email: 254,
  phone: 20,
  titleMin: 10,
  title: 200,
  bodyMin: 20,
  body: 5000,
  idempotencyKey: 100,
} as const;

const PHONE = /^\+?[0-9 .()-]{8,20}$/;

/**
 * What a citizen or business sends. `website` is a honeypot: hidden from people, filled by bots.
 * Cross-field rules (organisation for a business, at least one contact) are refinements so
 * that each error lands on the field a person has to fix.
 */
export const questionSubmissionSchema = z
  .object({
    askerName: userText({ label: 'họ và tên', max: LIMITS.askerName }),
    showName: z.boolean({ error: 'Vui lòng chọn có hiển thị tên hay không.' }).default(true),
    askerKind: z.enum(['citizen', 'business'], {
      error: 'Vui lòng chọn bạn là người dân hay doanh nghiệp.',
    }),
    organisation: optionalUserText({ label: 'tên tổ chức', max: LIMITS.organisation }),
    locality: userText({ label: 'địa chỉ (tỉnh, xã/phường)', max: LIMITS.locality }),
    email: z.preprocess(
      emptyToUndefined,
      z
        .email({ message: 'Địa chỉ email không hợp lệ.' })
        .max(LIMITS.email, { message: `Email không được dài quá ${LIMITS.email} ký tự.` })
        .optional(),
    ),
    phone: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(PHONE, { message: 'Số điện thoại không hợp lệ (8–20 chữ số).' })
        .optional(),
    ),
    fieldSlug: fieldSlugSchema.min(1, { message: 'Vui lòng chọn lĩnh vực.' }),
    title: userText({ label: 'tiêu đề', min: LIMITS.titleMin, max: LIMITS.title }),
    body: userText({
      label: 'nội dung câu hỏi',
      min: LIMITS.bodyMin,
      max: LIMITS.body,
      multiline: true,
    }),
    consent: z.literal(true, {
      error: 'Vui lòng đồng ý để cơ quan xử lý thông tin của bạn.',
    }),
    website: z.string().max(200).optional(),
  })
  // `when` runs these cross-field rules even while other fields are still wrong, so a person
  // sees every error at once instead of discovering them one submission at a time.
  .refine((value) => value.askerKind !== 'business' || Boolean(value.organisation), {
    path: ['organisation'],
    message: 'Doanh nghiệp vui lòng nhập tên doanh nghiệp.',
    params: { code: 'required' },
    when: () => true,
  })
  .refine((value) => Boolean(value.email || value.phone), {
    path: ['email'],
    message: 'Vui lòng nhập email hoặc số điện thoại để cơ quan liên hệ khi cần.',
    params: { code: 'contact_required' },
    when: () => true,
  });
export type QuestionSubmission = z.input<typeof questionSubmissionSchema>;
export type ValidQuestionSubmission = z.output<typeof questionSubmissionSchema>;

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{8,100}$/, {
    message: 'Idempotency-Key phải gồm 8–100 ký tự chữ, số hoặc _ . : -',
  })
  .optional();

export const questionReceiptSchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  exchangeId: z.uuid(),
  submittedAt: z.iso.datetime(),
});
export type QuestionReceipt = z.infer<typeof questionReceiptSchema>;
