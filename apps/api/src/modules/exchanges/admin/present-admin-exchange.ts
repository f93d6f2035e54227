import type { AdminExchange, ExchangeAdminStatus } from '@giaoluu/contracts';
import { exchangeState } from '../exchange-state.ts';
import type { AdminExchangeRow } from './exchange-record.ts';

/** Publication status: cancelled wins over announced, which wins over draft. */
export function exchangeStatus(row: {
  announcedAt: Date | null;
  cancelledAt: Date | null;
}): ExchangeAdminStatus {
  if (row.cancelledAt) return 'cancelled';
  return row.announcedAt ? 'announced' : 'draft';
}

export function presentAdminExchange(
  row: AdminExchangeRow,
  now: Date,
  counts: AdminExchange['counts'],
): AdminExchange {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: exchangeStatus(row),
    state: exchangeState(row, now),
    rehearsal: row.rehearsal,
    schedule: {
      intakeOpensAt: row.intakeOpensAt.toISOString(),
      liveStartsAt: row.liveStartsAt.toISOString(),
      liveEndsAt: row.liveEndsAt.toISOString(),
    },
    fields: row.fields.map(({ field }) => ({
      slug: field.slug,
      nameVi: field.nameVi,
      nameEn: field.nameEn,
    })),
    guests: row.guests.map((guest) => ({ name: guest.name, position: guest.position })),
    counts,
    announcedAt: row.announcedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
  };
}
