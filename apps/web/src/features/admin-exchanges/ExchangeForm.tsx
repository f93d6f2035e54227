import {
  exchangeInputSchema,
  FIELD_SLUGS,
  type FieldDto,
  type ValidExchangeInput,
} from '@giaoluu/contracts';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/api-error.ts';
import { errorsFromProblem, renameErrors } from '../../shared/forms/schema-errors.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import {
  type ExchangeFormValues,
  FORM_FIELD_OF,
  inputFromForm,
  MOMENTS,
  newGuest,
  validateExchangeForm,
} from './exchange-form.ts';

type ExchangeFormProps = {
  initialValues: ExchangeFormValues;
  /** Names of fields the exchange already has, for slugs this build does not know. */
  knownFields: FieldDto[];
  saving: boolean;
  locked: boolean;
  error: unknown;
  onSave: (input: ValidExchangeInput, onServerError: (error: unknown) => void) => void;
};

export function ExchangeForm(props: ExchangeFormProps) {
  const { initialValues, knownFields, saving, locked, error, onSave } = props;
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const form = useForm<ExchangeFormValues>({
    initialValues,
    validate: (values) =>
      validateExchangeForm(values, {
        badDay: t('exchangeForm.badDay'),
        badTime: t('exchangeForm.badTime'),
      }),
  });

  const fieldOptions = [
    ...FIELD_SLUGS.map((slug) => ({ value: slug, label: t(`fieldNames.${slug}`) })),
    ...knownFields
      .filter((field) => !(FIELD_SLUGS as readonly string[]).includes(field.slug))
      .map((field) => ({ value: field.slug, label: fieldName(field) })),
  ];

  const submit = form.onSubmit((values) => {
    onSave(exchangeInputSchema.parse(inputFromForm(values)), (failure) => {
      if (isApiError(failure))
        form.setErrors(renameErrors(errorsFromProblem(failure.problem), FORM_FIELD_OF));
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} />}
        <TextInput label={t('exchangeForm.title')} {...form.getInputProps('title')} />
        <Textarea
          label={t('exchangeForm.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <MultiSelect
          label={t('exchangeForm.fields')}
          data={fieldOptions}
          searchable
          {...form.getInputProps('fieldSlugs')}
        />

        <Fieldset legend={t('exchangeForm.schedule')}>
          <Text size="xs" c="dimmed" mb="xs">
            {t('exchangeForm.scheduleHint')}
          </Text>
          <Stack gap="xs">
            {MOMENTS.map((moment) => (
              <SimpleGrid key={moment.instant} cols={{ base: 1, xs: 2 }} spacing="xs">
                <TextInput
                  label={t(`exchangeForm.day.${moment.instant}`)}
                  placeholder="dd/mm/yyyy"
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps(moment.day)}
                  onBlur={() => {
                    // The live day usually ends the day it starts: fill it in once.
                    if (moment.day === 'startDay' && form.values.endDay === '') {
                      form.setFieldValue('endDay', form.values.startDay);
                    }
                  }}
                />
                <TextInput
                  label={t(`exchangeForm.time.${moment.instant}`)}
                  placeholder="HH:mm"
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps(moment.time)}
                />
              </SimpleGrid>
            ))}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('exchangeForm.guests')}>
          <Stack gap="xs">
            {form.values.guests.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('exchangeForm.noGuests')}
              </Text>
            )}
            {form.values.guests.map((guest, index) => (
              <Group
                key={guest.key}
                gap="xs"
                align="flex-end"
                wrap="nowrap"
                data-testid="guest-row"
              >
                <TextInput
                  label={t('exchangeForm.guestName', { n: index + 1 })}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`guests.${index}.name`)}
                />
                <TextInput
                  label={t('exchangeForm.guestPosition', { n: index + 1 })}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`guests.${index}.position`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('exchangeForm.removeGuest', { n: index + 1 })}
                  onClick={() => form.removeListItem('guests', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => form.insertListItem('guests', newGuest())}
            >
              {t('exchangeForm.addGuest')}
            </Button>
          </Stack>
        </Fieldset>

        <Button
          type="submit"
          loading={saving}
          disabled={locked}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('exchangeForm.save')}
        </Button>
      </Stack>
    </form>
  );
}
