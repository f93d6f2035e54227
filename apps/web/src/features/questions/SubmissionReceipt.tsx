import type { QuestionReceipt } from '@giaoluu/contracts';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

type SubmissionReceiptProps = {
  receipt: QuestionReceipt;
  onAskAnother: () => void;
};

export function SubmissionReceipt({ receipt, onAskAnother }: SubmissionReceiptProps) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 3000 });
  const panelRef = useRef<HTMLDivElement>(null);
  const code = receipt.trackingCode;

  // The form the person was looking at has gone: move them (and their screen reader) here.
  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  return (
    <Stack gap="md" ref={panelRef} tabIndex={-1} style={{ outline: 'none' }}>
      <Alert color="green" title={t('receipt.title')} />
      <Stack gap={4}>
        <Text size="sm" fw={600} id="tracking-code-label">
          {t('receipt.codeLabel')}
        </Text>
        <Text
          data-testid="tracking-code"
          aria-labelledby="tracking-code-label"
          ff="monospace"
          fz={{ base: 28, sm: 34 }}
          fw={700}
          style={{ letterSpacing: '0.06em', whiteSpace: 'nowrap', userSelect: 'all' }}
        >
          {code}
        </Text>
      </Stack>
      <Group gap="sm">
        <Button variant="light" onClick={() => clipboard.copy(code)} aria-live="polite">
          {clipboard.copied ? t('receipt.copied') : t('receipt.copy')}
        </Button>
      </Group>
      {clipboard.error && (
        <Text size="sm" c="red">
          {t('receipt.copyFailed')}
        </Text>
      )}
      <Text size="sm">{t('receipt.explanation')}</Text>
      <Group gap="md">
        <Anchor component={Link} to={paths.track(code)} fw={600}>
          {t('receipt.track')}
        </Anchor>
        <Button variant="subtle" onClick={onAskAnother}>
          {t('receipt.another')}
        </Button>
      </Group>
    </Stack>
  );
}
