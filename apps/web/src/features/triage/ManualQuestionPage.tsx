import { LIMITS, manualQuestionSchema } from '@giaoluu/contracts';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { errorsFromIssues, errorsFromProblem } from '../../shared/forms/schema-errors.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import { useScopedExchange } from '../staff-shell/ExchangeScope.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import type { ManualReceipt } from './api.ts';
import {
  clearManualDraft,
  EMPTY_MANUAL_FORM,
  type ManualFormValues,
  readManualDraft,
  writeManualDraft,
} from './manual-draft.ts';
import { useManualQuestion } from './use-manual-question.ts';

/** A question that came by phone, letter or e-mail, typed in by a moderator. */
export function ManualQuestionPage() {
  const { t } = useTranslation();
  usePageTitle(t('manual.title'));
  const exchange = useScopedExchange();
  const fieldName = useFieldName();
  const save = useManualQuestion(exchange.id);
  const [receipt, setReceipt] = useState<ManualReceipt | null>(null);
  const form = useForm<ManualFormValues>({
    initialValues: readManualDraft(exchange.id),
    // Kept in this tab as typed: a phone call is not taken twice because of a reload.
    onValuesChange: (values) => writeManualDraft(exchange.id, values),
    validate: (values) => {
      const parsed = manualQuestionSchema.safeParse(values);
      return parsed.success ? {} : errorsFromIssues(parsed.error.issues);
    },
  });

  const submit = form.onSubmit((values) => {
    save.mutate(manualQuestionSchema.parse(values), {
      onSuccess: (saved) => {
        setReceipt(saved);
        form.setValues(EMPTY_MANUAL_FORM);
        clearManualDraft(exchange.id);
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(errorsFromProblem(error.problem));
      },
    });
  });

  const backToQueue = (
    <Anchor component={Link} to={paths.staff.triage(exchange.id)}>
      {t('manual.back')}
    </Anchor>
  );

  if (receipt) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t('manual.title')}</Title>
        <Alert color="green" role="status" title={t('manual.saved')}>
          <Text>
            {t('manual.code')}{' '}
            <Text span ff="monospace" fw={700} data-testid="tracking-code">
              {receipt.trackingCode}
            </Text>
          </Text>
          <Text size="sm">{t('manual.codeHint')}</Text>
        </Alert>
        <Group>
          <Button onClick={() => setReceipt(null)}>{t('manual.another')}</Button>
          {backToQueue}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={720}>
      {backToQueue}
      <Title order={1}>{t('manual.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.isError && <ErrorAlert error={save.error} />}
          <NativeSelect
            label={t('manual.channel')}
            data={[
              { value: '', label: t('manual.channelPlaceholder') },
              { value: 'phone', label: t('channel.phone') },
              { value: 'letter', label: t('channel.letter') },
              { value: 'email', label: t('channel.email') },
            ]}
            {...form.getInputProps('channel')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('questionForm.askerName')}
              maxLength={LIMITS.askerName}
              {...form.getInputProps('askerName')}
            />
            <TextInput
              label={t('questionForm.locality')}
              maxLength={LIMITS.locality}
              {...form.getInputProps('locality')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('manual.showName')}
            {...form.getInputProps('showName', { type: 'checkbox' })}
          />
          <Radio.Group label={t('manual.askerKind')} {...form.getInputProps('askerKind')}>
            <Group gap="lg" mt={4}>
              <Radio value="citizen" label={t('questionForm.citizen')} />
              <Radio value="business" label={t('questionForm.business')} />
            </Group>
          </Radio.Group>
          {form.values.askerKind === 'business' && (
            <TextInput
              label={t('questionForm.organisation')}
              maxLength={LIMITS.organisation}
              {...form.getInputProps('organisation')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('questionForm.email')}
              type="email"
              maxLength={LIMITS.email}
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('questionForm.phone')}
              type="tel"
              maxLength={LIMITS.phone}
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
          <NativeSelect
            label={t('questionForm.field')}
            data={[
              { value: '', label: t('questionForm.fieldPlaceholder') },
              ...exchange.fields.map((field) => ({ value: field.slug, label: fieldName(field) })),
            ]}
            {...form.getInputProps('fieldSlug')}
          />
          <TextInput
            label={t('questionForm.questionTitle')}
            maxLength={LIMITS.title}
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('questionForm.body')}
            autosize
            minRows={6}
            maxLength={LIMITS.body}
            {...form.getInputProps('body')}
          />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('manual.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
