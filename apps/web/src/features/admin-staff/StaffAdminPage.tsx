import type { StaffUserDto } from '@giaoluu/contracts';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { StaffFormModal } from './StaffFormModal.tsx';
import { useStaffAccounts } from './use-staff-accounts.ts';

export function StaffAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminStaff.title'));
  const accounts = useStaffAccounts();
  // undefined: no dialog; null: a new account; an account: editing it.
  const [editing, setEditing] = useState<StaffUserDto | null | undefined>(undefined);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('adminStaff.title')}</Title>
        <Button onClick={() => setEditing(null)}>{t('adminStaff.create')}</Button>
      </Group>
      {accounts.isPending && <PageLoader />}
      {accounts.isError && (
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      )}
      {accounts.data && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label={t('adminStaff.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('adminStaff.name')}</Table.Th>
                <Table.Th>{t('adminStaff.email')}</Table.Th>
                <Table.Th>{t('adminStaff.roles')}</Table.Th>
                <Table.Th>{t('adminStaff.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((account) => (
                <Table.Tr key={account.id} data-testid="staff-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {account.name}
                    </Text>
                    {account.position && (
                      <Text size="xs" c="dimmed">
                        {account.position}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{account.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {account.roles.map((role) => (
                        <Badge
                          key={role}
                          variant="light"
                          size="sm"
                          style={{ textTransform: 'none' }}
                        >
                          {t(`roles.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={account.disabled ? 'gray' : 'green'}
                      variant="light"
                      style={{ textTransform: 'none' }}
                    >
                      {account.disabled ? t('adminStaff.locked') : t('adminStaff.active')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(account)}
                      aria-label={t('adminStaff.editOne', { name: account.name })}
                    >
                      {t('adminStaff.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <StaffFormModal account={editing} onClose={() => setEditing(undefined)} />
    </Stack>
  );
}
