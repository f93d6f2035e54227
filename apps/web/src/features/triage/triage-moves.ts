import type { QuestionStatus } from '@giaoluu/contracts';

/**
 * Which triage actions make sense for a question in this state, mirroring the server's rules,
 * so the drawer does not offer a button whose only outcome is a refusal.
 */
export function triageMoves(status: QuestionStatus): {
  accept: boolean;
  reject: boolean;
  assign: boolean;
} {
  return {
    accept: status === 'submitted',
    reject: status === 'submitted' || status === 'accepted',
    assign: status === 'accepted' || status === 'assigned',
  };
}
