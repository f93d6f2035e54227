/** The form as typed: every text input is a string, even the optional ones. */
export type QuestionFormValues = {
  askerName: string;
  showName: boolean;
  askerKind: 'citizen' | 'business';
  organisation: string;
  locality: string;
  email: string;
  phone: string;
  fieldSlug: string;
  title: string;
  body: string;
  consent: boolean;
  website: string;
};

export type QuestionField = keyof QuestionFormValues;

/** Top to bottom as on screen: the first invalid field in this order receives the focus. */
export const FIELD_ORDER: readonly QuestionField[] = [
  'askerName',
  'showName',
  'askerKind',
  'organisation',
  'locality',
  'email',
  'phone',
  'fieldSlug',
  'title',
  'body',
  'consent',
  'website',
];

export function isQuestionField(value: unknown): value is QuestionField {
  return typeof value === 'string' && (FIELD_ORDER as readonly string[]).includes(value);
}

export const EMPTY_VALUES: QuestionFormValues = {
  askerName: '',
  showName: true,
  askerKind: 'citizen',
  organisation: '',
  locality: '',
  email: '',
  phone: '',
  fieldSlug: '',
  title: '',
  body: '',
  consent: false,
  website: '',
};

/**
 * What goes to questionSubmissionSchema. A citizen's organisation is dropped even if one was
 * typed before switching the radio back, since the field is no longer on screen to correct.
 */
export function toSubmissionInput(values: QuestionFormValues): Record<string, unknown> {
  const { organisation, website, ...rest } = values;
  return {
    ...rest,
    organisation: values.askerKind === 'business' ? organisation : undefined,
    website: website === '' ? undefined : website,
  };
}
