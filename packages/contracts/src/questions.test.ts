import { describe, expect, it } from 'vitest';
import { questionSubmissionSchema } from './questions.ts';

const valid = {
  askerName: 'Nguyễn Thị Lan',
  askerKind: 'citizen',
  locality: 'Phường Cầu Giấy',
  email: 'lan@example.vn',
  fieldSlug: 'dat-dai',
  title: 'Hỏi về thủ tục cấp sổ đỏ',
  body: 'Gia đình tôi sử dụng đất từ năm 1990, xin hỏi thủ tục?',
  consent: true,
};

const messagesOf = (input: object) => {
  const result = questionSubmissionSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('question submission schema', () => {
  it('accepts a complete question, shows the name by default and drops empty optional fields', () => {
    const parsed = questionSubmissionSchema.parse({ ...valid, phone: '', organisation: ' ' });
    expect(parsed.showName).toBe(true);
    expect(parsed.phone).toBeUndefined();
    expect(parsed.organisation).toBeUndefined();
  });

  it('composes decomposed Vietnamese (NFD from some keyboards) into NFC', () => {
    const parsed = questionSubmissionSchema.parse({
      ...valid,
      askerName: 'Nguyễn Thị Lan'.normalize('NFD'),
    });
    expect(parsed.askerName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(parsed.askerName.length).toBe(14);
  });

  it('keeps line breaks in the body but not in one-line fields', () => {
    expect(messagesOf({ ...valid, body: `${valid.body}\nDòng thứ hai.` })).toEqual({});
    expect(messagesOf({ ...valid, title: 'Tiêu đề\ncó xuống dòng' })).toEqual({
      title: 'Tiêu đề chứa ký tự điều khiển không hợp lệ.',
    });
  });

  it('puts each cross-field rule on the field to fix', () => {
    expect(messagesOf({ ...valid, askerKind: 'business', email: undefined })).toEqual({
      organisation: 'Doanh nghiệp vui lòng nhập tên doanh nghiệp.',
      email: 'Vui lòng nhập email hoặc số điện thoại để cơ quan liên hệ khi cần.',
    });
  });
});

describe('cross-field rules', () => {
  it('are reported together with the errors of other fields', () => {
    const messages = messagesOf({ ...valid, askerName: '', askerKind: 'business', email: '' });
    expect(Object.keys(messages).sort()).toEqual(['askerName', 'email', 'organisation']);
  });
});
