import type { ExchangeDetail, ExchangeSummary } from '@giaoluu/contracts';
import type { Exchange } from '../../generated/prisma/client.ts';
import type { PublicExchangeRow } from './exchange-repository.ts';
import { exchangeState, isIntakeOpen } from './exchange-state.ts';

export function presentExchangeSummary(row: Exchange, now: Date): ExchangeSummary {
  return {
    id: row.id,
    title: row.title,
    state: exchangeState(row, now),
    intakeOpen: isIntakeOpen(row, now),
    schedule: {
      intakeOpensAt: row.intakeOpensAt.toISOString(),
      liveStartsAt: row.liveStartsAt.toISOString(),
      liveEndsAt: row.liveEndsAt.toISOString(),
    },
  };
}

export function presentExchangeDetail(
  row: PublicExchangeRow,
  now: Date,
  counts: ExchangeDetail['counts'],
): ExchangeDetail {
  return {
    ...presentExchangeSummary(row, now),
    description: row.description,
    fields: row.fields.map(({ field }) => ({
      slug: field.slug,
      nameVi: field.nameVi,
      nameEn: field.nameEn,
    })),
    guests: row.guests.map((guest) => ({ name: guest.name, position: guest.position })),
    counts,
  };
}
