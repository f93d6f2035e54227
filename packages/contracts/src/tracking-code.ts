/**
 * Tracking codes are read aloud over the phone and typed on phones, so the alphabet leaves out
 * the look-alikes 0/O and 1/I. Twelve symbols of 32 give 60 random bits, in three groups.
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_GROUPS = 3;
export const TRACKING_GROUP_LENGTH = 4;

const CODE_PATTERN = new RegExp(
  `^[${TRACKING_ALPHABET}]{${TRACKING_GROUP_LENGTH}}(-[${TRACKING_ALPHABET}]{${TRACKING_GROUP_LENGTH}}){${TRACKING_GROUPS - 1}}$`,
);

/**
 * Turns what a person typed (lower case, spaces, missing or extra dashes) into the canonical
 * form, or null when it cannot be a code.
 */
export function normaliseTrackingCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '');
  const grouped = symbols.match(new RegExp(`.{1,${TRACKING_GROUP_LENGTH}}`, 'g'))?.join('-') ?? '';
  return CODE_PATTERN.test(grouped) ? grouped : null;
}

export function isTrackingCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}
