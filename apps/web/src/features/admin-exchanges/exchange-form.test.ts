import { describe, expect, it } from 'vitest';
import {
  type ExchangeFormValues,
  emptyExchangeForm,
  formFromExchange,
  inputFromForm,
  validateExchangeForm,
} from './exchange-form.ts';

const messages = { badDay: 'bad day', badTime: 'bad time' };

function filled(overrides: Partial<ExchangeFormValues> = {}): ExchangeFormValues {
  return {
    ...emptyExchangeForm(),
    title: 'Giao lưu về đất đai',
    fieldSlugs: ['dat-dai'],
    intakeDay: '20/12/2026',
    intakeTime: '08:00',
    startDay: '27/12/2026',
    startTime: '08:00',
    endDay: '27/12/2026',
    endTime: '16:30',
    ...overrides,
  };
}

describe('exchange form', () => {
  it('sends Vietnam wall-clock times as instants at +07:00, whatever the machine zone', () => {
    const input = inputFromForm(filled());
    expect(input.intakeOpensAt).toBe('2026-12-20T08:00:00+07:00');
    expect(input.liveStartsAt).toBe('2026-12-27T08:00:00+07:00');
    expect(input.liveEndsAt).toBe('2026-12-27T16:30:00+07:00');
    expect(validateExchangeForm(filled(), messages)).toEqual({});
  });

  it('reads an exchange back onto the Vietnam clock', () => {
    const values = formFromExchange({
      id: '3f1e2d4c-5b6a-4789-8abc-0123456789ab',
      title: 'T',
      description: '',
      status: 'draft',
      state: 'draft',
      rehearsal: false,
      schedule: {
        intakeOpensAt: '2026-12-20T01:00:00Z',
        liveStartsAt: '2026-12-27T01:00:00Z',
        liveEndsAt: '2026-12-27T09:30:00Z',
      },
      fields: [{ slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' }],
      guests: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc' }],
      counts: { questions: 0, answered: 0 },
      announcedAt: null,
      cancelledAt: null,
      cancelReason: null,
    });
    expect(values).toMatchObject({
      intakeDay: '20/12/2026',
      startDay: '27/12/2026',
      startTime: '08:00',
      endTime: '16:30',
      fieldSlugs: ['dat-dai'],
    });
  });

  it('puts schema errors on the boxes a person can fix', () => {
    const errors = validateExchangeForm(
      filled({ endTime: '07:00', intakeDay: '28/12/2026', startTime: '25:00', fieldSlugs: [] }),
      messages,
    );
    expect(errors.startTime).toBe('bad time');
    expect(errors.fieldSlugs).toBe('Chọn ít nhất một lĩnh vực.');
    expect(errors.startDay).toBe('Thời điểm bắt đầu trực tuyến không hợp lệ.');
  });

  it('says which order is wrong when the boxes are readable', () => {
    const errors = validateExchangeForm(
      filled({ endTime: '07:00', intakeDay: '28/12/2026' }),
      messages,
    );
    expect(errors.endDay).toBe('Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    expect(errors.intakeDay).toBe('Phải mở nhận câu hỏi trước khi buổi giao lưu bắt đầu.');
  });
});
