import type { TenantDto } from '@giaoluu/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The department's address, phone and email, each only when the department has given one. */
export function TenantContacts({ contacts }: { contacts: TenantDto['contacts'] }) {
  const { t } = useTranslation();
  const { address, phone, email } = contacts;

  return (
    <Stack gap={4}>
      {address && (
        <Text size="sm">
          {t('footer.address')}: {address}
        </Text>
      )}
      {phone && (
        <Text size="sm">
          {t('footer.phone')}:{' '}
          <Anchor href={`tel:${phone.replace(/[^0-9+]/g, '')}`} size="sm">
            {phone}
          </Anchor>
        </Text>
      )}
      {email && (
        <Text size="sm">
          {t('footer.email')}:{' '}
          <Anchor href={`mailto:${email}`} size="sm">
            {email}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
