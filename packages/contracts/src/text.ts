import { z } from 'zod';

// Control characters other than tab and newlines are refused rather than silently stripped:
// they never come from a keyboard, so their presence means a broken or hostile client.
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;
const CONTROL_OR_LINE_BREAK = /\p{Cc}/u;

type TextOptions = { label: string; min?: number; max: number; multiline?: boolean };

/**
 * A user-typed string: normalised to NFC (Vietnamese typed on different keyboards arrives in
 * composed or decomposed form), trimmed, length-bounded, free of control characters.
 * Messages are Vietnamese and name the field, so a person can act on them.
 */
export function userText({ label, min = 1, max, multiline = false }: TextOptions) {
  const forbidden = multiline ? CONTROL_CHARACTERS : CONTROL_OR_LINE_BREAK;
  const tooShort = min <= 1 ? `Vui lòng nhập ${label}.` : `${cap(label)} cần ít nhất ${min} ký tự.`;

  return z
    .string({ error: `Vui lòng nhập ${label}.` })
    .normalize('NFC')
    .trim()
    .refine((value) => !forbidden.test(value), {
      message: `${cap(label)} chứa ký tự điều khiển không hợp lệ.`,
      params: { code: 'control_characters' },
    })
    .min(min, { message: tooShort })
    .max(max, { message: `${cap(label)} không được dài quá ${max} ký tự.` });
}

/** An optional text field: an empty string from a form means "not given". */
export function optionalUserText(options: TextOptions) {
  return z.preprocess(emptyToUndefined, userText(options).optional());
}

export function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
