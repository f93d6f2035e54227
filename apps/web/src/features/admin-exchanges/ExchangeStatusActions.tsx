import { type AdminExchange, cancelExchangeSchema } from '@giaoluu/contracts';
import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDateTime } from '../../shared/format/date.ts';
import { ConfirmModal } from '../review/ConfirmModal.tsx';
import { ReasonModal } from '../review/ReasonModal.tsx';
import { ExchangeStatusBadge } from '../staff-shell/ExchangeStatusBadge.tsx';
import { useAnnounceExchange, useCancelExchange } from './use-exchange-mutations.ts';

/** Where the exchange stands, and the two steps that change it for the public. */
export function ExchangeStatusActions({ exchange }: { exchange: AdminExchange }) {
  const { t } = useTranslation();
  const announce = useAnnounceExchange(exchange.id);
  const cancel = useCancelExchange(exchange.id);
  const [dialog, setDialog] = useState<'announce' | 'cancel' | null>(null);

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <ExchangeStatusBadge exchange={exchange} />
          {exchange.rehearsal && <Text size="sm">{t('adminExchanges.rehearsal')}</Text>}
          <Text size="sm" c="dimmed">
            {t('adminExchanges.counts', exchange.counts)}
          </Text>
          {exchange.cancelReason && (
            <Text size="sm" c="dimmed">
              {t('adminExchanges.cancelledBecause', { reason: exchange.cancelReason })}
            </Text>
          )}
          {exchange.announcedAt && (
            <Text size="sm" c="dimmed">
              {t('adminExchanges.announcedAt', { time: formatDateTime(exchange.announcedAt) })}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          {exchange.status === 'announced' && (
            <Anchor component={Link} to={paths.exchange(exchange.id)} size="sm">
              {t('adminExchanges.publicPage')}
            </Anchor>
          )}
          {exchange.status === 'draft' && (
            <Button size="xs" onClick={() => setDialog('announce')}>
              {t('adminExchanges.announce')}
            </Button>
          )}
          {exchange.status !== 'cancelled' && exchange.state !== 'ended' && (
            <Button size="xs" color="red" variant="light" onClick={() => setDialog('cancel')}>
              {t('adminExchanges.cancel')}
            </Button>
          )}
        </Group>
      </Group>

      <ConfirmModal
        opened={dialog === 'announce'}
        title={t('adminExchanges.announceTitle')}
        message={t('adminExchanges.announceText', {
          time: formatDateTime(exchange.schedule.intakeOpensAt),
        })}
        confirmLabel={t('adminExchanges.announce')}
        busy={announce.isPending}
        error={announce.isError ? announce.error : null}
        onClose={() => setDialog(null)}
        onConfirm={() => announce.mutate(undefined, { onSuccess: () => setDialog(null) })}
      />
      <ReasonModal
        opened={dialog === 'cancel'}
        title={t('adminExchanges.cancelTitle')}
        intro={t('adminExchanges.cancelText')}
        label={t('adminExchanges.cancelReason')}
        confirmLabel={t('adminExchanges.cancel')}
        color="red"
        schema={cancelExchangeSchema}
        field="reason"
        busy={cancel.isPending}
        error={cancel.isError ? cancel.error : null}
        onClose={() => setDialog(null)}
        onSubmit={(reason) => cancel.mutate(reason, { onSuccess: () => setDialog(null) })}
      />
    </Paper>
  );
}
