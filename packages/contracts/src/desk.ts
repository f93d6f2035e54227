import { z } from 'zod';
import { fieldSchema } from './fields.ts';
import { LIMITS } from './questions.ts';
import { personRefSchema } from './staff.ts';
import { emptyToUndefined, optionalUserText, userText } from './text.ts';

export const QUESTION_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'merged',
  'assigned',
  'drafted',
  'in_review',
  'returned',
  'approved',
  'escalated',
] as const;
export const questionStatusSchema = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

export const questionChannelSchema = z.enum(['web', 'phone', 'letter', 'email']);
export type QuestionChannel = z.infer<typeof questionChannelSchema>;

export const answerStatusSchema = z.enum(['draft', 'in_review', 'returned', 'approved']);

/** The answer as the desk sees it; `publicNow` is the visibility condition at this moment. */
export const deskAnswerSchema = z.object({
  status: answerStatusSchema,
  html: z.string(),
  author: personRefSchema.nullable(),
  reviewComment: z.string().nullable(),
  publishAt: z.iso.datetime().nullable(),
  publicNow: z.boolean(),
  unpublishedAt: z.iso.datetime().nullable(),
  unpublishReason: z.string().nullable(),
  answeredBy: z
    .object({ name: z.string(), position: z.string().nullable(), organisation: z.string() })
    .nullable(),
  updatedAt: z.iso.datetime(),
  revisionCount: z.number().int(),
});
export type DeskAnswer = z.infer<typeof deskAnswerSchema>;

/** A question as staff see it: contact details included (staff of this department only). */
export const deskQuestionSchema = z.object({
  id: z.uuid(),
  exchangeId: z.uuid(),
  trackingCode: z.string(),
  status: questionStatusSchema,
  channel: questionChannelSchema,
  askerName: z.string(),
  showName: z.boolean(),
  askerKind: z.enum(['citizen', 'business']),
  organisation: z.string().nullable(),
  locality: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  field: fieldSchema,
  title: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  assignee: personRefSchema.nullable(),
  claimedBy: personRefSchema.nullable(),
  claimedAt: z.iso.datetime().nullable(),
  mergedIntoId: z.uuid().nullable(),
  rejectionReason: z.string().nullable(),
  answer: deskAnswerSchema.nullable(),
});
export type DeskQuestion = z.infer<typeof deskQuestionSchema>;

/** One row of the triage queue: what a moderator scans, without bodies of text. */
export const queueItemSchema = deskQuestionSchema
  .pick({
    id: true,
    trackingCode: true,
    status: true,
    channel: true,
    askerName: true,
    askerKind: true,
    locality: true,
    field: true,
    title: true,
    createdAt: true,
    assignee: true,
    claimedBy: true,
  })
  .extend({ excerpt: z.string() });
export type QueueItem = z.infer<typeof queueItemSchema>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item).max(20),
  );

export const QUEUE_SORTS = ['newest', 'oldest', 'status', 'field'] as const;

export const queueQuerySchema = z
  .object({
    status: csv(questionStatusSchema).optional(),
    field: csv(z.string().max(64)).optional(),
    channel: csv(questionChannelSchema).optional(),
    /** `me`, `none` or a staff id. */
    assignee: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional(),
    /** Received at or after this instant. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Received before this instant (exclusive, so consecutive ranges do not overlap). */
    to: z.iso.datetime({ offset: true }).optional(),
    /** Accent-insensitive: "dat dai" finds "đất đai". */
    q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
    sort: z.enum(QUEUE_SORTS).default('newest'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .refine((value) => !value.from || !value.to || new Date(value.from) < new Date(value.to), {
    path: ['to'],
    message: 'Thời điểm “đến” phải sau thời điểm “từ”.',
    params: { code: 'end_before_start' },
  });
export type QueueQuery = z.input<typeof queueQuerySchema>;
export type ValidQueueQuery = z.output<typeof queueQuerySchema>;

export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /**
   * Per status (every status present, zero included) under the other filters, so the tabs show
   * what each would hold.
   */
  countsByStatus: z.record(questionStatusSchema, z.number().int()),
});
export type QueuePage = z.infer<typeof queuePageSchema>;

export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), ids: z.array(z.uuid()).min(1).max(500) }),
  z.object({
    action: z.literal('reject'),
    ids: z.array(z.uuid()).min(1).max(500),
    reason: userText({ label: 'lý do từ chối', min: 5, max: 1000, multiline: true }),
  }),
  z.object({
    action: z.literal('assign'),
    ids: z.array(z.uuid()).min(1).max(500),
    assigneeId: z.uuid(),
  }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** Why a question of a bulk action was left as it was. */
export const BULK_SKIP_CODES = ['not_found', 'wrong_state', 'claimed_by_other'] as const;

export const bulkResultSchema = z.object({
  updated: z.array(z.uuid()),
  skipped: z.array(z.object({ id: z.uuid(), code: z.enum(BULK_SKIP_CODES), message: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const mergeRequestSchema = z.object({
  intoId: z.uuid({ error: 'Chọn câu hỏi được giữ lại.' }),
});

export const similarQuestionSchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  title: z.string(),
  status: questionStatusSchema,
  similarity: z.number(),
});
export const similarListSchema = z.object({ items: z.array(similarQuestionSchema) });
export type SimilarList = z.infer<typeof similarListSchema>;

/** A question received by phone, letter or e-mail, typed in by a moderator. */
export const manualQuestionSchema = z
  .object({
    channel: z.enum(['phone', 'letter', 'email'], { error: 'Chọn kênh tiếp nhận.' }),
    askerName: userText({ label: 'họ và tên', max: LIMITS.askerName }),
    showName: z.boolean().default(false),
    askerKind: z.enum(['citizen', 'business']),
    organisation: optionalUserText({ label: 'tên tổ chức', max: LIMITS.organisation }),
    locality: userText({ label: 'địa chỉ', max: LIMITS.locality }),
    email: z.preprocess(
      emptyToUndefined,
      z.email({ message: 'Địa chỉ email không hợp lệ.' }).max(LIMITS.email).optional(),
    ),
    phone: z.preprocess(emptyToUndefined, z.string().trim().max(LIMITS.phone).optional()),
    fieldSlug: z.string().min(1, { message: 'Vui lòng chọn lĩnh vực.' }).max(64),
    title: userText({ label: 'tiêu đề', min: LIMITS.titleMin, max: LIMITS.title }),
    body: userText({
      label: 'nội dung câu hỏi',
      min: LIMITS.bodyMin,
      max: LIMITS.body,
      multiline: true,
    }),
  })
  .refine((value) => value.askerKind !== 'business' || Boolean(value.organisation), {
    path: ['organisation'],
    message: 'Doanh nghiệp vui lòng nhập tên doanh nghiệp.',
    params: { code: 'required' },
    when: () => true,
  });
export type ManualQuestion = z.input<typeof manualQuestionSchema>;
export type ValidManualQuestion = z.output<typeof manualQuestionSchema>;

export const assigneeListSchema = z.object({
  items: z.array(
    personRefSchema.extend({ roles: z.array(z.string()), openQuestions: z.number().int() }),
  ),
});
export type AssigneeList = z.infer<typeof assigneeListSchema>;

// ---- answering -------------------------------------------------------------------------

export const ANSWER_HTML_MAX = 50_000;

export const draftSaveSchema = z.object({
  html: z.string().max(ANSWER_HTML_MAX, { message: 'Câu trả lời quá dài.' }),
});

export const revisionSchema = z.object({
  id: z.uuid(),
  author: personRefSchema,
  html: z.string(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export const revisionListSchema = z.object({ items: z.array(revisionSchema) });
export type RevisionList = z.infer<typeof revisionListSchema>;

export const returnAnswerSchema = z.object({
  comment: userText({ label: 'nhận xét', min: 3, max: 2000, multiline: true }),
});

/** Publishing before the scheduled release makes the answer public at once: say so explicitly. */
export const publishNowSchema = z.object({
  confirm: z.literal(true, { error: 'Cần xác nhận rằng câu trả lời sẽ được công khai ngay.' }),
});

export const unpublishSchema = z.object({
  reason: userText({ label: 'lý do gỡ', min: 5, max: 1000, multiline: true }),
});

export const deskQuestionListSchema = z.object({ items: z.array(deskQuestionSchema) });
export type DeskQuestionList = z.infer<typeof deskQuestionListSchema>;
