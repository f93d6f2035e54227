import { type ExchangeDetail, questionSubmissionSchema } from '@giaoluu/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import {
  errorsFromIssues,
  errorsFromProblem,
  type FormErrors,
  firstInvalidField,
} from './field-errors.ts';
import { type QuestionField, type QuestionFormValues, toSubmissionInput } from './form-values.ts';
import { useQuestionDraft } from './use-question-draft.ts';
import type { SubmitQuestion } from './use-submit-question.ts';

/** A send that failed: what went wrong, and the server's messages that fit no field. */
export type SendFailure = { error: unknown; otherMessages: string[]; retrySafe: boolean };

/**
 * The question form's behaviour, apart from its markup: the draft, validation with the
 * shared schema, the send with its idempotency key, and where errors go.
 */
export function useQuestionForm(exchange: ExchangeDetail, submit: SubmitQuestion) {
  const draft = useQuestionDraft(exchange.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<SendFailure | null>(null);

  function setValue<Field extends QuestionField>(field: Field, value: QuestionFormValues[Field]) {
    draft.update({ [field]: value });
    // The error of a field goes once the person changes it; the rest stay until the next send.
    setErrors((current) => {
      if (!current[field]) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }

  function showErrors(next: FormErrors) {
    setErrors(next);
    const first = firstInvalidField(next);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;

    setFailure(null);
    const parsed = questionSubmissionSchema.safeParse(toSubmissionInput(draft.values));
    if (!parsed.success) {
      showErrors(errorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors({});

    const idempotencyKey = draft.idempotencyKeyForSend();
    submit.mutate(
      { submission: parsed.data, idempotencyKey },
      {
        onSuccess: () => draft.clear(),
        onError: (error) => {
          // A 4xx means the server looked and stored nothing; after a network failure or a
          // 5xx the question may have been stored, so the retry must carry the same key.
          const definitive = isApiError(error) && error.isClientError;
          if (definitive) draft.forgetIdempotencyKey();

          const placed = isApiError(error) ? errorsFromProblem(error.problem) : null;
          if (placed) showErrors(placed.fields);
          setFailure({ error, otherMessages: placed?.other ?? [], retrySafe: !definitive });
        },
      },
    );
  }

  return {
    formRef,
    values: draft.values,
    restored: draft.restored,
    errors,
    failure,
    sending: submit.isPending,
    setValue,
    handleSubmit,
  };
}
