import { LIMITS } from '@giaoluu/contracts';
import type { QuestionField } from './form-values.ts';

/*
 * The schema and the API write their messages in Vietnamese. In the English interface the
 * message is rebuilt from the stable error code; an unknown code keeps the server's text.
 */

const NAMES: Partial<Record<QuestionField, string>> = {
  askerName: 'your full name',
  organisation: 'the business or organisation name',
  locality: 'your address (province, commune/ward)',
  email: 'the email address',
  phone: 'the phone number',
  title: 'a title',
  body: 'your question',
};

const MIN_LENGTH: Partial<Record<QuestionField, number>> = {
  title: LIMITS.titleMin,
  body: LIMITS.bodyMin,
};

const MAX_LENGTH: Partial<Record<QuestionField, number>> = {
  askerName: LIMITS.askerName,
  organisation: LIMITS.organisation,
  locality: LIMITS.locality,
  email: LIMITS.email,
  phone: LIMITS.phone,
  title: LIMITS.title,
  body: LIMITS.body,
};

const CHOICES: Partial<Record<QuestionField, string>> = {
  showName: 'Please choose whether to show your name.',
  askerKind: 'Please choose whether you are a citizen or a business.',
  fieldSlug: 'Please choose a field.',
  consent: 'Please agree that the department may use your contact details to answer.',
};

export function englishMessage(field: QuestionField, code: string): string | null {
  const name = NAMES[field] ?? 'this field';

  switch (code) {
    case 'required':
    case 'invalid':
      return CHOICES[field] ?? `Please enter ${name}.`;
    case 'too_short': {
      const min = MIN_LENGTH[field];
      return min ? `Please write at least ${min} characters for ${name}.` : null;
    }
    case 'too_long': {
      const max = MAX_LENGTH[field];
      return max ? `Please keep ${name} within ${max} characters.` : null;
    }
    case 'invalid_format':
      if (field === 'email') return 'This email address is not valid.';
      if (field === 'phone') return 'This phone number is not valid (8–20 digits).';
      return null;
    case 'contact_required':
      return 'Please give an email or a phone number so the department can reach you.';
    case 'control_characters':
      return `Please remove the invisible control characters from ${name}.`;
    default:
      return null;
  }
}
