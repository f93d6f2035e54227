import { type FieldDto, QUEUE_SORTS, questionChannelSchema } from '@giaoluu/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../shared/ui/DayInput.tsx';
import { useFieldName } from '../exchanges/use-field-name.ts';
import type { QueueFilters } from './queue-params.ts';

export const SEARCH_DEBOUNCE_MS = 300;

type QueueToolbarProps = {
  filters: QueueFilters;
  fields: FieldDto[];
  assignees: { id: string; name: string }[];
  searchRef: Ref<HTMLInputElement>;
  onChange: (change: Partial<QueueFilters>) => void;
  onSearch: (q: string) => void;
  onClear: () => void;
};

export function QueueToolbar(props: QueueToolbarProps) {
  const { filters, fields, assignees, onChange } = props;
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const filtered =
    filters.field || filters.channel || filters.assignee || filters.from || filters.to || filters.q;

  const option = (value: string, label: string) => ({ value, label });
  const any = option('', t('triage.filters.any'));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchBox q={filters.q} inputRef={props.searchRef} onSearch={props.onSearch} />
      <NativeSelect
        label={t('triage.filters.field')}
        value={filters.field ?? ''}
        onChange={(event) => onChange({ field: event.currentTarget.value || null })}
        data={[any, ...fields.map((field) => option(field.slug, fieldName(field)))]}
      />
      <NativeSelect
        label={t('triage.filters.channel')}
        value={filters.channel ?? ''}
        onChange={(event) => {
          const parsed = questionChannelSchema.safeParse(event.currentTarget.value);
          onChange({ channel: parsed.success ? parsed.data : null });
        }}
        data={[
          any,
          ...questionChannelSchema.options.map((channel) =>
            option(channel, t(`channel.${channel}`)),
          ),
        ]}
      />
      <NativeSelect
        label={t('triage.filters.assignee')}
        value={filters.assignee ?? ''}
        onChange={(event) => onChange({ assignee: event.currentTarget.value || null })}
        data={[
          any,
          option('me', t('triage.filters.assignedToMe')),
          option('none', t('triage.filters.unassigned')),
          ...assignees.map((person) => option(person.id, person.name)),
        ]}
      />
      <DayInput
        label={t('triage.filters.from')}
        value={filters.from ?? null}
        onChange={(from) => onChange({ from })}
      />
      <DayInput
        label={t('triage.filters.to')}
        value={filters.to ?? null}
        onChange={(to) => onChange({ to })}
      />
      <NativeSelect
        label={t('triage.filters.sort')}
        value={filters.sort}
        onChange={(event) => {
          const sort = QUEUE_SORTS.find((value) => value === event.currentTarget.value);
          if (sort) onChange({ sort });
        }}
        data={QUEUE_SORTS.map((sort) => option(sort, t(`triage.sort.${sort}`)))}
      />
      {filtered && (
        <Button variant="subtle" onClick={props.onClear}>
          {t('triage.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

type SearchBoxProps = { q: string; inputRef: Ref<HTMLInputElement>; onSearch: (q: string) => void };

/** Typed freely; the list follows 300 ms after the last key, not on every key. */
function SearchBox({ q, inputRef, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const sent = useRef(q);
  const search = useDebouncedCallback((value: string) => {
    sent.current = value;
    onSearch(value);
  }, SEARCH_DEBOUNCE_MS);

  // The URL changed by other means (back button, "clear filters"): show what it says.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
    }
  }, [q]);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      label={t('triage.filters.search')}
      placeholder={t('triage.filters.searchPlaceholder')}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      style={{ flex: '1 1 240px' }}
    />
  );
}
