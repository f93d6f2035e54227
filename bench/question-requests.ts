import { randomUUID } from 'node:crypto';
import type { QuestionSubmission } from '@giaoluu/contracts';

const LOCALITIES = ['Phường Cầu Giấy', 'Phường Hoàn Kiếm', 'Xã Sóc Sơn', 'Phường Hà Đông'];

/**
 * The n-th question of a run as the question form fills it in, distinct from every other (the
 * number is in its title and body).
 */
export function questionBody(n: number): QuestionSubmission {
  return {
    askerName: `Nguyễn Thị Lan ${n}`,
    showName: n % 3 !== 0,
    askerKind: 'citizen',
    locality: LOCALITIES[n % LOCALITIES.length] ?? 'Phường Cầu Giấy',
    email: `nguoihoi${n}@example.vn`,
    phone: '0912 345 678',
    fieldSlug: n % 2 === 0 ? 'dat-dai' : 'moi-truong',
    title: `Hỏi về thủ tục cấp sổ đỏ cho thửa đất số ${n}`,
    body:
      `Gia đình tôi sử dụng thửa đất số ${n} từ năm 1990, không có tranh chấp, đã nộp thuế ` +
      'hằng năm nhưng chưa được cấp giấy chứng nhận. Xin hỏi thủ tục, hồ sơ và thời gian giải ' +
      'quyết như thế nào, và gia đình tôi có phải nộp tiền sử dụng đất không?',
    consent: true,
  };
}

/**
 * The whole HTTP request of the n-th question: what a citizen's browser sends from the question
 * form, with its own Idempotency-Key as the web app sends one per question.
 */
export function questionRequest(options: { exchangeId: string; host: string; n: number }) {
  const json = Buffer.from(JSON.stringify(questionBody(options.n)));
  const head =
    `POST /api/exchanges/${options.exchangeId}/questions HTTP/1.1\r\n` +
    `Host: ${options.host}\r\n` +
    'Content-Type: application/json\r\n' +
    'Accept: application/json\r\n' +
    `Idempotency-Key: ${randomUUID()}\r\n` +
    `Content-Length: ${json.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), json]);
}

/** A GET as a viewer's page sends it. */
export function getRequest(options: { path: string; host: string }): Buffer {
  return Buffer.from(
    `GET ${options.path} HTTP/1.1\r\nHost: ${options.host}\r\nAccept: application/json\r\n\r\n`,
  );
}
