import { type Problem, type questionSubmissionSchema, stableIssueCode } from '@giaoluu/contracts';
import { FIELD_ORDER, isQuestionField, type QuestionField } from './form-values.ts';

type Issue = NonNullable<
  ReturnType<typeof questionSubmissionSchema.safeParse>['error']
>['issues'][number];

export type FormFieldError = { code: string; message: string };
export type FormErrors = Partial<Record<QuestionField, FormFieldError>>;

/** One error per field, the first one found: a person fixes one thing at a time. */
export function errorsFromIssues(issues: readonly Issue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (isQuestionField(field) && !errors[field]) {
      errors[field] = { code: stableIssueCode(issue), message: issue.message };
    }
  }
  return errors;
}

/** The server's field errors; those naming no field of the form are returned apart. */
export function errorsFromProblem(problem: Problem): { fields: FormErrors; other: string[] } {
  const fields: FormErrors = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    if (isQuestionField(error.field)) {
      fields[error.field] ??= { code: error.code, message: error.message };
    } else {
      other.push(error.message);
    }
  }
  return { fields, other };
}

export function firstInvalidField(errors: FormErrors): QuestionField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
