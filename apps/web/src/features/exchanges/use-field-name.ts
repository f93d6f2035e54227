import type { FieldDto } from '@giaoluu/contracts';
import { useTranslation } from 'react-i18next';

/** Fields come from the server with both names; pick the one of the current language. */
export function useFieldName(): (field: FieldDto) => string {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (field) => (english ? field.nameEn : field.nameVi);
}
