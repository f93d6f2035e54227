import type { QuestionStatus } from '../../../generated/prisma/client.ts';

/** How the desk names each status in messages to staff. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  submitted: 'chờ tiếp nhận',
  accepted: 'đã tiếp nhận',
  rejected: 'đã từ chối',
  merged: 'đã gộp vào câu hỏi khác',
  assigned: 'đã phân công',
  drafted: 'đang soạn trả lời',
  in_review: 'chờ lãnh đạo duyệt',
  returned: 'trả lại để sửa',
  approved: 'đã duyệt',
  escalated: 'đã chuyển lên Bộ',
};
