import { DateInput } from '@mantine/dates';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';

type DayInputProps = {
  label: string;
  /** A calendar day as YYYY-MM-DD, or null. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A day picker that always reads and types dd/mm/yyyy, whatever the browser's own locale:
 * a native date input would show mm/dd/yyyy on an English-language system.
 */
export function DayInput({ label, value, onChange }: DayInputProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      label={label}
      value={value}
      onChange={onChange}
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      locale={i18n.language === 'en' ? 'en' : 'vi'}
      clearable
    />
  );
}
