import type { AdminExchange } from '@giaoluu/contracts';
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatClock } from '../../shared/format/date.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { ExchangeForm } from './ExchangeForm.tsx';
import { ExchangeStatusActions } from './ExchangeStatusActions.tsx';
import { emptyExchangeForm, formFromExchange } from './exchange-form.ts';
import { useAdminExchange } from './use-admin-exchanges.ts';
import { useSaveExchange } from './use-exchange-mutations.ts';

/** One page for a new exchange (/new) and for an existing one (/:id). */
export function ExchangeEditPage() {
  const { id } = useParams();
  const exchange = useAdminExchange(id ?? null);

  if (!id) return <ExchangeEditor exchange={null} />;
  if (exchange.isPending) return <PageLoader />;
  if (exchange.isError) {
    return <ErrorAlert error={exchange.error} onRetry={() => void exchange.refetch()} />;
  }
  return <ExchangeEditor key={exchange.data.id} exchange={exchange.data} />;
}

function ExchangeEditor({ exchange }: { exchange: AdminExchange | null }) {
  const { t } = useTranslation();
  const title = exchange ? exchange.title : t('exchangeForm.newTitle');
  usePageTitle(title);
  const navigate = useNavigate();
  const save = useSaveExchange(exchange?.id ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // The server refuses edits to a cancelled or ended exchange; the form says so up front.
  const locked =
    exchange !== null && (exchange.status === 'cancelled' || exchange.state === 'ended');
  // Read once: later saves must not reset what is being typed.
  const [initialValues] = useState(() =>
    exchange ? formFromExchange(exchange) : emptyExchangeForm(),
  );

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to={paths.staff.adminExchanges} size="sm">
        {t('adminExchanges.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      {exchange && <ExchangeStatusActions exchange={exchange} />}
      {savedAt && (
        <Alert color="green" role="status">
          {t('exchangeForm.savedAt', { time: formatClock(savedAt) })}
        </Alert>
      )}
      {locked && <Alert color="yellow">{t('exchangeForm.locked')}</Alert>}
      <ExchangeForm
        initialValues={initialValues}
        locked={locked}
        knownFields={exchange?.fields ?? []}
        saving={save.isPending}
        error={save.isError ? save.error : null}
        onSave={(input, onServerError) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              setSavedAt(new Date().toISOString());
              if (!exchange) void navigate(paths.staff.editExchange(saved.id), { replace: true });
            },
            onError: onServerError,
          })
        }
      />
    </Stack>
  );
}
