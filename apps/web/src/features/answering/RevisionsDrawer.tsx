import { Accordion, Button, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date.ts';
import { AnswerHtml } from '../../shared/ui/AnswerHtml.tsx';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { useRevisions } from './use-revisions.ts';

type RevisionsDrawerProps = {
  questionId: string;
  opened: boolean;
  onClose: () => void;
  /** Offered only while the answer can be edited: puts an earlier text back in the editor. */
  onRestore?: (html: string) => void;
};

export function RevisionsDrawer({ questionId, opened, onClose, onRestore }: RevisionsDrawerProps) {
  const { t } = useTranslation();
  const revisions = useRevisions(questionId, { enabled: opened });

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('answer.revisions.title')}
    >
      {revisions.isPending && <PageLoader />}
      {revisions.isError && (
        <ErrorAlert error={revisions.error} onRetry={() => void revisions.refetch()} />
      )}
      {revisions.data?.length === 0 && <Text c="dimmed">{t('answer.revisions.none')}</Text>}
      {revisions.data && revisions.data.length > 0 && (
        <Accordion variant="separated">
          {revisions.data.map((revision) => (
            <Accordion.Item key={revision.id} value={revision.id} data-testid="revision">
              <Accordion.Control>
                <Text size="sm" fw={600}>
                  {formatDateTime(revision.createdAt)} — {revision.author.name}
                </Text>
                {revision.note && (
                  <Text size="xs" c="dimmed">
                    {revision.note}
                  </Text>
                )}
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <AnswerHtml html={revision.html} />
                  {onRestore && (
                    <Button
                      size="xs"
                      variant="light"
                      style={{ alignSelf: 'flex-start' }}
                      onClick={() => {
                        onRestore(revision.html);
                        onClose();
                      }}
                    >
                      {t('answer.revisions.restore')}
                    </Button>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Drawer>
  );
}
