import type { QuestionStatus } from '@giaoluu/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const STATUS_COLORS: Record<QuestionStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  rejected: 'gray',
  merged: 'gray',
  assigned: 'indigo',
  drafted: 'violet',
  in_review: 'orange',
  returned: 'red',
  approved: 'green',
  escalated: 'grape',
};

export function StatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ textTransform: 'none' }}>
      {t(`questionStatus.${status}`)}
    </Badge>
  );
}
