import { conflict } from '../../../core/errors.ts';
import type { QuestionStatus } from '../../../generated/prisma/client.ts';
import { STATUS_LABELS } from '../../questions/desk/status-labels.ts';

export const claimedByOther = (holderName: string) =>
  conflict('claimed_by_other', `Câu hỏi đang do ${holderName} xử lý.`);

export const notClaimable = (status: QuestionStatus) =>
  conflict(
    'question_not_claimable',
    `Câu hỏi đang ở bước "${STATUS_LABELS[status]}" nên không thể nhận xử lý.`,
  );

export const notClaimed = () => conflict('not_claimed', 'Câu hỏi hiện không có ai nhận xử lý.');

/** Someone changed the claim between reading it and writing: the person should look again. */
export const claimChanged = () =>
  conflict(
    'claim_changed',
    'Người xử lý câu hỏi vừa thay đổi. Vui lòng tải lại trang rồi thử lại.',
  );

export const notClaimHolder = (holderName: string | null) =>
  conflict(
    'not_claim_holder',
    holderName
      ? `Câu hỏi đang do ${holderName} xử lý; chỉ người nhận xử lý mới được làm thao tác này.`
      : 'Bạn cần nhận xử lý câu hỏi trước khi làm thao tác này.',
  );

export const answerNotEditable = (status: QuestionStatus) =>
  conflict(
    'answer_not_editable',
    `Câu hỏi đang ở bước "${STATUS_LABELS[status]}" nên không thể sửa hoặc gửi câu trả lời.`,
  );

export const answerEmpty = () =>
  conflict('answer_empty', 'Câu trả lời chưa có nội dung; vui lòng soạn trước khi gửi duyệt.');

export const answerNotInReview = () =>
  conflict('answer_not_in_review', 'Câu trả lời không ở bước chờ duyệt.');

export const answerNotApproved = () =>
  conflict('answer_not_approved', 'Câu trả lời chưa được duyệt.');

export const answerAlreadyPublic = () =>
  conflict('answer_already_public', 'Câu trả lời đã được công khai.');

export const answerAlreadyWithdrawn = () =>
  conflict('answer_already_withdrawn', 'Câu trả lời đã được gỡ khỏi trang công khai.');
