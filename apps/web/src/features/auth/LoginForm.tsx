import { loginRequestSchema, type Me } from '@giaoluu/contracts';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorsFromIssues } from '../../shared/forms/schema-errors.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useLogin } from './use-login.ts';

type LoginFormProps = { initialEmail?: string; onSignedIn: (me: Me) => void };

export function LoginForm({ initialEmail = '', onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: initialEmail, password: '' },
    validate: (values) => {
      const parsed = loginRequestSchema.safeParse(values);
      return parsed.success ? {} : errorsFromIssues(parsed.error.issues);
    },
  });

  const submit = form.onSubmit((values) => {
    const credentials = loginRequestSchema.parse(values);
    login.mutate(credentials, { onSuccess: onSignedIn });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {login.isError && <ErrorAlert error={login.error} />}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          data-autofocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
