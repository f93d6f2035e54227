import { z } from 'zod';
import { personRefSchema } from './staff.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: personRefSchema.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

/** Filters of the audit view; `from` is inclusive and `to` exclusive, both instants with offset. */
export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  actorId: z.uuid({ error: 'Mã người thực hiện không hợp lệ.' }).optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true, error: 'Thời điểm bắt đầu lọc không hợp lệ.' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'Thời điểm kết thúc lọc không hợp lệ.' }).optional(),
  page: z.coerce.number({ error: 'Số trang không hợp lệ.' }).int().min(1).default(1),
  pageSize: z.coerce
    .number({ error: 'Số mục mỗi trang không hợp lệ.' })
    .int()
    .min(1)
    .max(200, { message: 'Mỗi trang có tối đa 200 mục.' })
    .default(50),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
