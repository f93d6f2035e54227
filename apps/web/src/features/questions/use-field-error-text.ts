import { useTranslation } from 'react-i18next';
import { englishMessage } from './english-messages.ts';
import type { FormFieldError } from './field-errors.ts';
import type { QuestionField } from './form-values.ts';

/** The text under a field, in the language on screen when the error is displayed. */
export function useFieldErrorText() {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';

  return (field: QuestionField, error: FormFieldError | undefined): string | undefined => {
    if (!error) return undefined;
    if (!english) return error.message;
    return englishMessage(field, error.code) ?? error.message;
  };
}
