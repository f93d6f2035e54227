import { normaliseTrackingCode } from '@giaoluu/contracts';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { ErrorAlert } from '../../shared/ui/ErrorAlert.tsx';
import { PageLoader } from '../../shared/ui/PageLoader.tsx';
import { usePageTitle } from '../tenant/use-page-title.ts';
import { TrackResultView } from './TrackResultView.tsx';
import { useTrack } from './use-track.ts';

/**
 * The code lives in the URL (?code=…), so the link on the receipt, a bookmark and the back
 * button all show the same lookup.
 */
export function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t('track.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const codeInUrl = searchParams.get('code') ?? '';
  const code = codeInUrl ? normaliseTrackingCode(codeInUrl) : null;
  const [input, setInput] = useState(code ?? codeInUrl);
  const [inputError, setInputError] = useState<string | null>(null);
  const track = useTrack(code);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseTrackingCode(input);
    if (!normalised) {
      setInputError(t('track.invalidCode'));
      return;
    }
    setInputError(null);
    setInput(normalised);
    setSearchParams({ code: normalised });
  }

  const urlCodeInvalid = codeInUrl !== '' && code === null && inputError === null;

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('track.title')}</Title>
        <Text>{t('track.intro')}</Text>
      </Stack>

      <form onSubmit={handleSubmit} noValidate>
        <TextInput
          name="code"
          label={t('track.code')}
          placeholder={t('track.codePlaceholder')}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={input}
          onChange={(event) => setInput(event.currentTarget.value)}
          error={inputError ?? (urlCodeInvalid ? t('track.invalidCode') : undefined)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          // The button sits beside the input, and an error goes under both.
          inputContainer={(field) => (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <div style={{ flex: 1 }}>{field}</div>
              <Button type="submit">{t('track.submit')}</Button>
            </Group>
          )}
        />
      </form>

      {code !== null && track.isPending && <PageLoader />}
      {track.isError && <TrackError error={track.error} onRetry={() => void track.refetch()} />}
      {track.isSuccess && <TrackResultView result={track.data} />}
    </Stack>
  );
}

function TrackError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();

  if (isApiError(error) && error.code === 'question_not_found') {
    return <ErrorAlert error={error} title={t('track.notFound')} />;
  }
  const final = isApiError(error) && error.isClientError;
  return <ErrorAlert error={error} onRetry={final ? undefined : onRetry} />;
}
