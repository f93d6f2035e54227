import type { Problem } from '@giaoluu/contracts';

type IssueLike = { path: readonly PropertyKey[]; message: string };

/** Errors keyed the way @mantine/form names fields ("guests.0.name"), first one per field. */
export type FieldErrors = Record<string, string>;

export function errorsFromIssues(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The server's 422 field errors in the same shape; an answer without them gives none. */
export function errorsFromProblem(problem: Problem): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of problem.errors ?? []) errors[error.field] ??= error.message;
  return errors;
}

/** Moves the errors of API fields onto the form fields that stand for them. */
export function renameErrors(errors: FieldErrors, names: Record<string, string>): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const [head = '', ...rest] = key.split('.');
    const target = [names[head] ?? head, ...rest].join('.');
    renamed[target] ??= message;
  }
  return renamed;
}
