import { PASSWORD_MIN, passwordChangeSchema } from '@giaoluu/contracts';
import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/api-error.ts';
import { errorsFromIssues, errorsFromProblem } from '../../shared/forms/schema-errors.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { useChangePassword } from './use-change-password.ts';

export function PasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.title'));
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: (values) => {
      const parsed = passwordChangeSchema.safeParse(values);
      const errors = parsed.success ? {} : errorsFromIssues(parsed.error.issues);
      if (!errors.confirm && values.confirm !== values.newPassword) {
        errors.confirm = t('password.mismatch');
      }
      return errors;
    },
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (isApiError(error)) form.setErrors(errorsFromProblem(error.problem));
        },
      },
    );
  });

  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t('password.title')}</Title>
      {change.isSuccess && (
        <Alert color="green" role="status">
          {t('password.changed')}
        </Alert>
      )}
      {change.isError && <ErrorAlert error={change.error} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.rule', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.confirm')}
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
