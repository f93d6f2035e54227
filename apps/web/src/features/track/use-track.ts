import { useQuery } from '@tanstack/react-query';
import { fetchTrackResult } from './api.ts';
import { trackKeys } from './query-keys.ts';

/** The status of one question; nothing is asked until there is a well-formed code. */
export function useTrack(code: string | null) {
  return useQuery({
    queryKey: trackKeys.byCode(code ?? ''),
    queryFn: ({ signal }) => fetchTrackResult(code ?? '', signal),
    enabled: code !== null,
  });
}
