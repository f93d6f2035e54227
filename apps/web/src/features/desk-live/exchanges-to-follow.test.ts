import { describe, expect, it } from 'vitest';
import type { StaffExchange } from '../staff-shell/api.ts';
import { EXTRA_STREAMS, exchangesToFollow } from './exchanges-to-follow.ts';

function exchange(id: string, overrides: Partial<StaffExchange> = {}): StaffExchange {
  return {
    id,
    title: `Giao lưu ${id}`,
    state: 'announced',
    status: null,
    schedule: {
      intakeOpensAt: '2026-12-01T01:00:00Z',
      liveStartsAt: '2026-12-20T01:00:00Z',
      liveEndsAt: '2026-12-20T09:30:00Z',
    },
    fields: [],
    ...overrides,
  };
}

describe('the exchanges "my questions" follows besides the shell’s', () => {
  it('are the live ones first, then the announced ones soonest first, at most two', () => {
    const later = exchange('later', {
      schedule: { ...exchange('x').schedule, liveStartsAt: '2027-01-10T01:00:00Z' },
    });
    const sooner = exchange('sooner');
    const live = exchange('live', { state: 'live' });

    expect(exchangesToFollow([later, sooner, live], null)).toEqual(['live', 'sooner']);
    expect(EXTRA_STREAMS).toBe(2);
  });

  it('leave out the one already followed and those where no work comes in', () => {
    const followed = exchange('followed', { state: 'live' });
    const ended = exchange('ended', { state: 'ended' });
    const draft = exchange('draft', { state: 'draft', status: 'draft' });
    const cancelled = exchange('cancelled', { status: 'cancelled' });
    const open = exchange('open');

    expect(exchangesToFollow([followed, ended, draft, cancelled, open], 'followed')).toEqual([
      'open',
    ]);
  });
});
