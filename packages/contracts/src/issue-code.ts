/** The parts of a zod issue that decide its stable code. */
export type IssueLike = {
  code: string;
  minimum?: unknown;
  params?: Record<string, unknown> | undefined;
};

/**
 * Zod's issue kinds mapped to the stable codes of the API's 422 answers, used by the server
 * and by the web form alike, so an error is displayed and translated the same wherever found.
 */
export function stableIssueCode(issue: IssueLike): string {
  switch (issue.code) {
    case 'custom':
      return typeof issue.params?.code === 'string' ? issue.params.code : 'invalid';
    case 'too_small':
      return Number(issue.minimum) <= 1 ? 'required' : 'too_short';
    case 'too_big':
      return 'too_long';
    case 'invalid_type':
      return 'required';
    case 'invalid_format':
      return 'invalid_format';
    default:
      return 'invalid';
  }
}
