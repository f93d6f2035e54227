import { randomUUID } from 'node:crypto';
import type { FeedItem } from '@giaoluu/contracts';

/**
 * The text of one published Q&A pair about land, of the length a department's answer has on a
 * real exchange page: a question of a few sentences, an answer citing the law in several
 * paragraphs. As a feed item in JSON it is about 2 KB.
 */
export const ANSWERED_QUESTION = {
  title: 'Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất cho đất ở sử dụng từ năm 1990',
  body:
    'Gia đình tôi sử dụng ổn định thửa đất ở tại phường Cầu Giấy từ năm 1990, không có tranh ' +
    'chấp, đã nộp thuế sử dụng đất hằng năm nhưng chưa được cấp giấy chứng nhận. Xin hỏi gia ' +
    'đình tôi cần chuẩn bị những giấy tờ gì, nộp ở đâu và thời gian giải quyết là bao lâu?',
  locality: 'Phường Cầu Giấy, Hà Nội',
  askerName: 'Nguyễn Thị Lan',
  answerHtml:
    '<p>Theo quy định tại Điều 138 Luật Đất đai năm 2024, hộ gia đình, cá nhân đang sử dụng ' +
    'đất ổn định từ trước ngày 15 tháng 10 năm 1993 mà không có giấy tờ về quyền sử dụng đất, ' +
    'không vi phạm pháp luật về đất đai, nay được Ủy ban nhân dân cấp xã xác nhận không có ' +
    'tranh chấp thì được cấp giấy chứng nhận quyền sử dụng đất.</p>' +
    '<p>Hồ sơ gồm: đơn đăng ký, cấp giấy chứng nhận theo Mẫu số 04/ĐK; giấy tờ chứng minh ' +
    'thời điểm bắt đầu sử dụng đất (biên lai nộp thuế, sổ mục kê, hộ khẩu); chứng từ thực ' +
    'hiện nghĩa vụ tài chính nếu có. Hồ sơ nộp tại Bộ phận một cửa của Ủy ban nhân dân phường ' +
    'hoặc Chi nhánh Văn phòng đăng ký đất đai.</p>' +
    '<p>Thời gian giải quyết không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không ' +
    'tính thời gian niêm yết công khai và thời gian thực hiện nghĩa vụ tài chính.</p>',
  answeredBy: {
    name: 'Nguyễn Văn An',
    position: 'Phó Giám đốc Sở',
    organisation: 'Sở Tài nguyên và Môi trường thành phố Hà Nội',
  },
} as const;

/** The feed item the live stream carries when this answer is published now. */
export function publishedFeedItem(now: Date): FeedItem {
  const content = ANSWERED_QUESTION;
  return {
    id: randomUUID(),
    title: content.title,
    body: content.body,
    askerName: content.askerName,
    askerKind: 'citizen',
    locality: content.locality,
    field: { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' },
    askedAt: new Date(now.getTime() - 3 * 86_400_000).toISOString(),
    answer: {
      html: content.answerHtml,
      answeredBy: { ...content.answeredBy },
      publishedAt: now.toISOString(),
    },
  };
}
