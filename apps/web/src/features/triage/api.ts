import {
  assigneeListSchema,
  type BulkAction,
  bulkResultSchema,
  deskQuestionSchema,
  type QueuePage,
  questionReceiptSchema,
  queuePageSchema,
  similarListSchema,
} from '@giaoluu/contracts';
import type { ResponseSchema } from '../../shared/api/api-fetch.ts';
import type { StaffFetch } from '../auth/staff-fetch.ts';
import { questionOrNothing, questionPath } from '../desk/api.ts';

export function fetchQueue(
  staffFetch: StaffFetch,
  exchangeId: string,
  query: string,
  signal?: AbortSignal,
): Promise<QueuePage> {
  const path = `/desk/exchanges/${encodeURIComponent(exchangeId)}/questions?${query}`;
  return staffFetch(path, queuePageSchema, { signal });
}

export function runBulkAction(staffFetch: StaffFetch, action: BulkAction) {
  return staffFetch('/desk/questions/bulk', bulkResultSchema, { method: 'POST', body: action });
}

export function fetchSimilar(staffFetch: StaffFetch, id: string, signal?: AbortSignal) {
  return staffFetch(questionPath(id, 'similar'), similarListSchema, { signal });
}

export function mergeQuestion(staffFetch: StaffFetch, id: string, intoId: string) {
  return staffFetch(questionPath(id, 'merge'), questionOrNothing, {
    method: 'POST',
    body: { intoId },
  });
}

export function fetchAssignees(staffFetch: StaffFetch, signal?: AbortSignal) {
  return staffFetch('/desk/assignees', assigneeListSchema, { signal });
}

export type ManualReceipt = { id: string; trackingCode: string };

/**
 * A receipt or the stored question: the desk API answers with the question, the public one
 * with a receipt, and the prose of the contract names the receipt.
 * Either is checked against its contract, and only what the page shows is kept.
 */
const manualReceiptSchema: ResponseSchema<ManualReceipt> = {
  safeParse: (value) => {
    const parsed = questionReceiptSchema.safeParse(value);
    const fallback = parsed.success ? parsed : deskQuestionSchema.safeParse(value);
    if (!fallback.success) return { success: false };
    const { id, trackingCode } = fallback.data;
    return { success: true, data: { id, trackingCode } };
  },
};

/** The body is checked by manualQuestionSchema in the form before it gets here. */
export function createManualQuestion(
  staffFetch: StaffFetch,
  exchangeId: string,
  body: unknown,
  idempotencyKey: string,
): Promise<ManualReceipt> {
  const path = `/desk/exchanges/${encodeURIComponent(exchangeId)}/questions`;
  return staffFetch(path, manualReceiptSchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
