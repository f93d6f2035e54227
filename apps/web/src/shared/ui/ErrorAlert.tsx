import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';

type ErrorAlertProps = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

/** A failed request, told in words: the server's detail, or ours when it sent none. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = problemMessage(error, t);

  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        {message !== title && <Text size="sm">{message}</Text>}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
