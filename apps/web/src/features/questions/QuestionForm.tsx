import { type ExchangeDetail, LIMITS } from '@giaoluu/contracts';
import {
  Alert,
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
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/api/problem-message.ts';
import { useFieldName } from '../exchanges/use-field-name.ts';
import { Honeypot } from './Honeypot.tsx';
import { useFieldErrorText } from './use-field-error-text.ts';
import { useQuestionForm } from './use-question-form.ts';
import type { SubmitQuestion } from './use-submit-question.ts';

type QuestionFormProps = {
  exchange: ExchangeDetail;
  submit: SubmitQuestion;
};

export function QuestionForm({ exchange, submit }: QuestionFormProps) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const errorText = useFieldErrorText();
  const form = useQuestionForm(exchange, submit);
  const { values, errors, setValue } = form;

  // Required fields carry the `required` attribute for assistive technology; the browser's own
  // bubbles are off (noValidate) so every message comes, in Vietnamese, from the shared schema.
  const required = { required: true, withAsterisk: false } as const;
  const fieldOptions = [
    { value: '', label: t('questionForm.fieldPlaceholder') },
    ...exchange.fields.map((field) => ({ value: field.slug, label: fieldName(field) })),
  ];
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form
      ref={form.formRef}
      onSubmit={form.handleSubmit}
      noValidate
      style={{ position: 'relative' }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionForm.intro')}
        </Text>
        {form.restored && (
          <Alert color="blue" variant="light" p="xs">
            {t('questionForm.draftRestored')}
          </Alert>
        )}

        <TextInput
          {...required}
          name="askerName"
          label={t('questionForm.askerName')}
          autoComplete="name"
          maxLength={LIMITS.askerName}
          value={values.askerName}
          onChange={(event) => setValue('askerName', event.currentTarget.value)}
          error={errorText('askerName', errors.askerName)}
        />
        <Checkbox
          name="showName"
          label={t('questionForm.showName')}
          description={t('questionForm.showNameHint')}
          checked={values.showName}
          onChange={(event) => setValue('showName', event.currentTarget.checked)}
          error={errorText('showName', errors.showName)}
        />
        <Radio.Group
          {...required}
          name="askerKind"
          label={t('questionForm.askerKind')}
          value={values.askerKind}
          onChange={(value) => setValue('askerKind', value === 'business' ? 'business' : 'citizen')}
          error={errorText('askerKind', errors.askerKind)}
        >
          <Group gap="lg" mt={6}>
            <Radio value="citizen" label={t('questionForm.citizen')} />
            <Radio value="business" label={t('questionForm.business')} />
          </Group>
        </Radio.Group>
        {values.askerKind === 'business' && (
          <TextInput
            {...required}
            name="organisation"
            label={t('questionForm.organisation')}
            autoComplete="organization"
            maxLength={LIMITS.organisation}
            value={values.organisation}
            onChange={(event) => setValue('organisation', event.currentTarget.value)}
            error={errorText('organisation', errors.organisation)}
          />
        )}
        <TextInput
          {...required}
          name="locality"
          label={t('questionForm.locality')}
          maxLength={LIMITS.locality}
          value={values.locality}
          onChange={(event) => setValue('locality', event.currentTarget.value)}
          error={errorText('locality', errors.locality)}
        />

        <Text size="sm" c="dimmed">
          {t('questionForm.contactHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            name="email"
            type="email"
            inputMode="email"
            label={t('questionForm.email')}
            autoComplete="email"
            maxLength={LIMITS.email}
            value={values.email}
            onChange={(event) => setValue('email', event.currentTarget.value)}
            error={errorText('email', errors.email)}
          />
          <TextInput
            name="phone"
            type="tel"
            inputMode="tel"
            label={t('questionForm.phone')}
            autoComplete="tel"
            maxLength={LIMITS.phone}
            value={values.phone}
            onChange={(event) => setValue('phone', event.currentTarget.value)}
            error={errorText('phone', errors.phone)}
          />
        </SimpleGrid>

        <NativeSelect
          {...required}
          name="fieldSlug"
          label={t('questionForm.field')}
          data={fieldOptions}
          value={values.fieldSlug}
          onChange={(event) => setValue('fieldSlug', event.currentTarget.value)}
          error={errorText('fieldSlug', errors.fieldSlug)}
        />
        <TextInput
          {...required}
          name="title"
          label={t('questionForm.questionTitle')}
          maxLength={LIMITS.title}
          value={values.title}
          onChange={(event) => setValue('title', event.currentTarget.value)}
          error={errorText('title', errors.title)}
        />
        <Textarea
          {...required}
          name="body"
          label={t('questionForm.body')}
          rows={7}
          maxLength={LIMITS.body}
          value={values.body}
          onChange={(event) => setValue('body', event.currentTarget.value)}
          error={errorText('body', errors.body)}
        />
        <Checkbox
          required
          name="consent"
          label={t('questionForm.consent')}
          checked={values.consent}
          onChange={(event) => setValue('consent', event.currentTarget.checked)}
          error={errorText('consent', errors.consent)}
        />
        <Honeypot value={values.website} onChange={(value) => setValue('website', value)} />

        {form.failure ? (
          <Alert color="red" role="alert">
            <Stack gap={4}>
              <Text size="sm">{problemMessage(form.failure.error, t)}</Text>
              {form.failure.otherMessages.map((message) => (
                <Text size="sm" key={message}>
                  {message}
                </Text>
              ))}
              {form.failure.retrySafe && <Text size="sm">{t('questionForm.retrySafe')}</Text>}
            </Stack>
          </Alert>
        ) : (
          hasErrors && (
            <Text size="sm" c="red" role="alert">
              {t('questionForm.fixErrors')}
            </Text>
          )
        )}

        <Button type="submit" size="md" loading={form.sending} disabled={form.sending}>
          {t('questionForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
