import type { PublicQuestionStatus } from '@giaoluu/contracts';
import type { QuestionStatus } from '../../generated/prisma/client.ts';

/**
 * The asker sees plain steps, not the desk's workflow: everything between acceptance and a
 * visible answer is "processing", and a rejection is "declined" without its internal reason.
 */
export function publicStatus(status: QuestionStatus, answerVisible: boolean): PublicQuestionStatus {
  if (answerVisible) return 'answered';
  switch (status) {
    case 'submitted':
      return 'received';
    case 'rejected':
      return 'declined';
    case 'accepted':
    case 'merged':
    case 'assigned':
    case 'drafted':
    case 'in_review':
    case 'returned':
    case 'approved':
    case 'escalated':
      return 'processing';
  }
}
