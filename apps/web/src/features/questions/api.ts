import {
  type QuestionReceipt,
  questionReceiptSchema,
  type ValidQuestionSubmission,
} from '@giaoluu/contracts';
import { apiFetch } from '../../shared/api/api-fetch.ts';

/**
 * Posts a question. The same idempotency key on a retry makes the server return the question
 * it already stored instead of storing a second one.
 */
export function submitQuestion(
  exchangeId: string,
  submission: ValidQuestionSubmission,
  idempotencyKey: string,
): Promise<QuestionReceipt> {
  return apiFetch(`/exchanges/${encodeURIComponent(exchangeId)}/questions`, questionReceiptSchema, {
    method: 'POST',
    body: submission,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
