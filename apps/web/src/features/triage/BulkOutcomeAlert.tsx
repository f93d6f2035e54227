import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type BulkOutcome = {
  action: 'accept' | 'reject' | 'assign';
  updated: number;
  /** Each question the server left as it was, named as the moderator knows it. */
  skipped: { id: string; label: string; message: string }[];
};

/** What happened to each selected question; the ones not changed are named with the reason. */
export function BulkOutcomeAlert({
  outcome,
  onClose,
}: {
  outcome: BulkOutcome;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const partial = outcome.skipped.length > 0;

  return (
    <Alert
      color={partial ? 'yellow' : 'green'}
      role="status"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      title={t(`triage.outcome.${outcome.action}`, { count: outcome.updated })}
      data-testid="bulk-outcome"
    >
      {partial && (
        <>
          <Text size="sm">{t('triage.outcome.skipped', { count: outcome.skipped.length })}</Text>
          <List size="sm" mt={4}>
            {outcome.skipped.map((item) => (
              <List.Item key={item.id}>
                <Text span fw={600} size="sm">
                  {item.label}
                </Text>
                : {item.message}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
