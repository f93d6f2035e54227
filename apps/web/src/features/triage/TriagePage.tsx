import type { BulkAction } from '@giaoluu/contracts';
import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { can } from '../auth/roles.ts';
import { useStaffUser } from '../auth/staff-user.tsx';
import { useScopedExchange } from '../staff-shell/ExchangeScope.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { AssignModal } from './AssignModal.tsx';
import { BulkBar } from './BulkBar.tsx';
import { type BulkOutcome, BulkOutcomeAlert } from './BulkOutcomeAlert.tsx';
import { KeyboardLegend } from './KeyboardLegend.tsx';
import { QuestionDrawer } from './QuestionDrawer.tsx';
import { QueueTable } from './QueueTable.tsx';
import { QueueToolbar } from './QueueToolbar.tsx';
import {
  PAGE_SIZE,
  type QueueFilters,
  queueApiQuery,
  readFilters,
  withFilter,
  writeFilters,
} from './queue-params.ts';
import { RejectModal } from './RejectModal.tsx';
import { StatusTabs } from './StatusTabs.tsx';
import { useAssignees } from './use-assignees.ts';
import { useBulkAction } from './use-bulk-action.ts';
import { useQueue } from './use-queue.ts';
import { useQueueKeyboard } from './use-queue-keyboard.ts';
import { useSelection } from './use-selection.ts';

type Dialog = { kind: 'reject' | 'assign'; ids: string[] };

export function TriagePage() {
  const { t } = useTranslation();
  usePageTitle(t('triage.title'));
  const exchange = useScopedExchange();
  const me = useStaffUser();
  const canModerate = can(me, 'moderate');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const openId = searchParams.get('open');

  const queue = useQueue(exchange.id, queueApiQuery(filters));
  // Admins may read the queue but not the list of experts: the filter then offers less.
  const assignees = useAssignees({ enabled: can(me, 'seeDuplicates') });
  const bulk = useBulkAction();
  const items = queue.data?.items ?? [];
  const selection = useSelection(items.map((item) => item.id));
  const [activeIndex, setActiveIndex] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  // With a question open, the keys act on it; otherwise on the highlighted row.
  const openIndex = items.findIndex((item) => item.id === openId);
  const currentIndex = openIndex >= 0 ? openIndex : Math.min(activeIndex, items.length - 1);
  const currentId = openId ?? items[currentIndex]?.id ?? null;

  function showFilters(next: QueueFilters, { replace = false } = {}) {
    const params = writeFilters(next);
    if (openId) params.set('open', openId);
    setSearchParams(params, { replace });
    setActiveIndex(0);
  }

  // Opening replaces the history entry: stepping through fifty questions with j/k should not
  // take fifty presses of "back" to leave the page.
  function setOpen(id: string | null) {
    const params = new URLSearchParams(searchParams);
    if (id) params.set('open', id);
    else params.delete('open');
    setSearchParams(params, { replace: true });
  }

  function run(action: BulkAction) {
    const labels = new Map(items.map((item) => [item.id, `${item.trackingCode} — ${item.title}`]));
    bulk.mutate(action, {
      onSuccess: (result) => {
        setOutcome({
          action: action.action,
          updated: result.updated.length,
          skipped: result.skipped.map((skip) => ({
            id: skip.id,
            label: labels.get(skip.id) ?? skip.id,
            message: skip.message,
          })),
        });
        selection.clear();
        setDialog(null);
      },
    });
  }

  function accept(ids: string[]) {
    if (ids.length > 0 && !bulk.isPending) run({ action: 'accept', ids });
  }

  function ask(kind: Dialog['kind'], ids: string[]) {
    if (ids.length === 0) return;
    bulk.reset();
    setDialog({ kind, ids });
  }

  useQueueKeyboard(
    {
      move: (delta) => {
        if (items.length === 0) return;
        const next = Math.max(0, Math.min(items.length - 1, currentIndex + delta));
        setActiveIndex(next);
        const item = items[next];
        if (openId && item) setOpen(item.id);
        else rows.current[next]?.focus();
      },
      toggle: () => {
        if (canModerate && currentId) selection.toggle(currentId);
      },
      accept: () => {
        if (!canModerate) return;
        const ids =
          selection.selected.length > 0 ? selection.selected : currentId ? [currentId] : [];
        accept(ids);
      },
      open: () => {
        if (currentId) setOpen(currentId);
      },
      search: () => searchRef.current?.focus(),
    },
    dialog === null,
  );

  const total = queue.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (queue.data?.pageSize ?? PAGE_SIZE)));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('triage.title')}</Title>
        {canModerate && (
          <Button component={Link} to={paths.staff.newQuestion(exchange.id)} variant="light">
            {t('triage.newQuestion')}
          </Button>
        )}
      </Group>

      <StatusTabs
        value={filters.status}
        counts={queue.data?.countsByStatus}
        onChange={(status) => showFilters(withFilter(filters, { status }))}
      />
      <QueueToolbar
        filters={filters}
        fields={exchange.fields}
        assignees={assignees.data ?? []}
        searchRef={searchRef}
        onChange={(change) => showFilters(withFilter(filters, change))}
        onSearch={(q) => showFilters(withFilter(filters, { q }), { replace: true })}
        onClear={() =>
          showFilters({ ...readFilters(new URLSearchParams()), status: filters.status })
        }
      />
      <KeyboardLegend canModerate={canModerate} />

      {outcome && <BulkOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />}
      {bulk.isError && dialog === null && <ErrorAlert error={bulk.error} />}
      {canModerate && selection.selected.length > 0 && (
        <BulkBar
          count={selection.selected.length}
          busy={bulk.isPending}
          onAccept={() => accept(selection.selected)}
          onReject={() => ask('reject', selection.selected)}
          onAssign={() => ask('assign', selection.selected)}
          onClear={selection.clear}
        />
      )}

      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isPending && <PageLoader />}
      {queue.data && items.length === 0 && <Text c="dimmed">{t('triage.empty')}</Text>}
      {items.length > 0 && (
        <QueueTable
          items={items}
          selection={canModerate ? selection : null}
          activeIndex={currentIndex}
          rowRef={(index, row) => {
            rows.current[index] = row;
          }}
          onActivate={setActiveIndex}
          onOpen={setOpen}
        />
      )}
      {queue.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="queue-total">
            {t('triage.total', { count: total })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filters.page}
              onChange={(page) => showFilters({ ...filters, page })}
              getControlProps={(control) => ({
                'aria-label': t(`triage.pagination.${control}`),
              })}
            />
          )}
        </Group>
      )}

      <RejectModal
        ids={dialog?.kind === 'reject' ? dialog.ids : null}
        busy={bulk.isPending}
        error={bulk.isError ? bulk.error : null}
        onClose={() => setDialog(null)}
        onSubmit={run}
      />
      <AssignModal
        ids={dialog?.kind === 'assign' ? dialog.ids : null}
        busy={bulk.isPending}
        error={bulk.isError ? bulk.error : null}
        onClose={() => setDialog(null)}
        onSubmit={run}
      />
      <QuestionDrawer
        id={openId}
        canModerate={canModerate}
        busy={bulk.isPending}
        onClose={() => setOpen(null)}
        onAccept={(id) => accept([id])}
        onReject={(id) => ask('reject', [id])}
        onAssign={(id) => ask('assign', [id])}
      />
    </Stack>
  );
}
