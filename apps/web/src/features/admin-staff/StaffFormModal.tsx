import {
  DEPARTMENT_ROLES,
  type StaffRole,
  type StaffUserDto,
  staffCreateSchema,
  staffUpdateSchema,
} from '@giaoluu/contracts';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/api-error.ts';
import { errorsFromIssues, errorsFromProblem } from '../../shared/forms/schema-errors.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { useSaveStaff } from './use-staff-accounts.ts';

type StaffFormModalProps = {
  /** null: a new account; undefined: the modal is closed. */
  account: StaffUserDto | null | undefined;
  onClose: () => void;
};

export function StaffFormModal({ account, onClose }: StaffFormModalProps) {
  const { t } = useTranslation();
  const title = account
    ? t('adminStaff.editTitle', { name: account.name })
    : t('adminStaff.createTitle');

  return (
    <Modal opened={account !== undefined} onClose={onClose} title={title} size="lg">
      {account !== undefined && <StaffForm account={account} onDone={onClose} />}
    </Modal>
  );
}

function StaffForm({ account, onDone }: { account: StaffUserDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveStaff(account?.id ?? null);
  const form = useForm({
    initialValues: {
      email: account?.email ?? '',
      name: account?.name ?? '',
      position: account?.position ?? '',
      roles: account?.roles ?? ([] as StaffRole[]),
      password: '',
      disabled: account?.disabled ?? false,
    },
    validate: (values) => {
      const parsed = account
        ? staffUpdateSchema.safeParse(toUpdate(values))
        : staffCreateSchema.safeParse(toCreate(values));
      return parsed.success ? {} : errorsFromIssues(parsed.error.issues);
    },
  });

  const submit = form.onSubmit((values) => {
    save.mutate(account ? toUpdate(values) : toCreate(values), {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiError(error)) form.setErrors(errorsFromProblem(error.problem));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('adminStaff.email')}
          type="email"
          disabled={account !== null}
          {...form.getInputProps('email')}
        />
        <TextInput label={t('adminStaff.name')} {...form.getInputProps('name')} />
        <TextInput label={t('adminStaff.position')} {...form.getInputProps('position')} />
        <Checkbox.Group label={t('adminStaff.roles')} {...form.getInputProps('roles')}>
          <Group gap="md" mt={4}>
            {DEPARTMENT_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {account === null && (
          <PasswordInput
            label={t('adminStaff.password')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        {account !== null && (
          <Switch
            label={t('adminStaff.disabled')}
            description={t('adminStaff.disabledHint')}
            {...form.getInputProps('disabled', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('adminStaff.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Values = {
  email: string;
  name: string;
  position: string;
  roles: StaffRole[];
  password: string;
  disabled: boolean;
};

function toCreate(values: Values) {
  return {
    email: values.email,
    name: values.name,
    position: values.position,
    roles: values.roles,
    password: values.password,
  };
}

function toUpdate(values: Values) {
  return {
    name: values.name,
    position: values.position.trim() === '' ? null : values.position,
    roles: values.roles,
    disabled: values.disabled,
  };
}
