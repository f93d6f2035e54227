import { isTrackingCode, normaliseTrackingCode } from '@giaoluu/contracts';
import { describe, expect, it } from 'vitest';
import { generateTrackingCode } from './generate-tracking-code.ts';
import { toSearchText } from './search-text.ts';

describe('tracking codes', () => {
  it('are grouped, and free of the look-alikes 0 O 1 I', () => {
    const codes = Array.from({ length: 2000 }, generateTrackingCode);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01OI]/);
      expect(isTrackingCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are recognised however a person types them', () => {
    expect(normaliseTrackingCode(' k7qm 4xpr9hdt ')).toBe('K7QM-4XPR-9HDT');
    expect(normaliseTrackingCode('K7QM--4XPR-9HDT')).toBe('K7QM-4XPR-9HDT');
    expect(normaliseTrackingCode('K7QM-4XPR-9HD0')).toBeNull();
    expect(normaliseTrackingCode('K7QM-4XPR')).toBeNull();
  });
});

describe('search text', () => {
  it('drops Vietnamese diacritics, including đ', () => {
    expect(toSearchText('Đất đai', 'Tài nguyên NƯỚC')).toBe('dat dai tai nguyen nuoc');
  });
});
