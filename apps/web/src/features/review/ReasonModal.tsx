import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';

type SchemaLike = {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { message: string }[] } };
};

type ReasonModalProps = {
  opened: boolean;
  title: string;
  intro?: string;
  label: string;
  confirmLabel: string;
  color?: string;
  /** The shared schema of the request; its message is shown under the box. */
  schema: SchemaLike;
  field: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (text: string) => void;
};

/** A decision that needs words (return, take down): the text stays if the server refuses. */
export function ReasonModal(props: ReasonModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      {props.opened && <ReasonForm {...props} />}
    </Modal>
  );
}

function ReasonForm({
  intro,
  label,
  confirmLabel,
  color,
  schema,
  field,
  busy,
  error,
  onClose,
  onSubmit,
}: ReasonModalProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = schema.safeParse({ [field]: text });
        if (!parsed.success) {
          setInvalid(parsed.error.issues[0]?.message ?? null);
          return;
        }
        onSubmit(text.trim());
      }}
    >
      <Stack gap="sm">
        {intro && <Text size="sm">{intro}</Text>}
        {error !== null && <ErrorAlert error={error} />}
        <Textarea
          label={label}
          required
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          value={text}
          error={invalid}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setInvalid(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={color} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
