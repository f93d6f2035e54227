import { type TrackResult, trackResultSchema } from '@giaoluu/contracts';
import { apiFetch } from '../../shared/api/api-fetch.ts';

export function fetchTrackResult(code: string, signal?: AbortSignal): Promise<TrackResult> {
  return apiFetch(`/track/${encodeURIComponent(code)}`, trackResultSchema, { signal });
}
