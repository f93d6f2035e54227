import type { ValidExchangeInput } from '@giaoluu/contracts';
import { invalidField } from '../../../core/errors.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import type { AdminExchangeRow } from './exchange-record.ts';

/** The ids of the fields an admin chose; a slug that names no field is a 422 on fieldSlugs. */
export async function resolveFieldIds(prisma: PrismaClient, slugs: string[]): Promise<string[]> {
  const wanted = [...new Set(slugs)];
  const fields = await prisma.field.findMany({
    where: { slug: { in: wanted } },
    select: { id: true, slug: true },
  });

  const unknown = wanted.filter((slug) => !fields.some((field) => field.slug === slug));
  if (unknown.length > 0) {
    throw invalidField(
      'fieldSlugs',
      'unknown_field',
      `Không có lĩnh vực "${unknown.join('", "')}"; vui lòng chọn lại.`,
    );
  }
  return fields.map((field) => field.id);
}

/** The exchange's own columns as an admin sets them; times are stored as UTC instants. */
export function exchangeColumns(input: ValidExchangeInput) {
  return {
    title: input.title,
    description: input.description,
    intakeOpensAt: new Date(input.intakeOpensAt),
    liveStartsAt: new Date(input.liveStartsAt),
    liveEndsAt: new Date(input.liveEndsAt),
  } satisfies Prisma.ExchangeUncheckedUpdateInput;
}

/** Guests in the order the admin listed them, which is the order the public page shows. */
export function guestRows(guests: ValidExchangeInput['guests']) {
  return guests.map((guest, index) => ({
    name: guest.name,
    position: guest.position,
    sortOrder: index,
  }));
}

/** What the audit log keeps of an exchange's editable content. */
export function exchangeSnapshot(row: AdminExchangeRow) {
  return {
    title: row.title,
    description: row.description,
    fieldSlugs: row.fields.map(({ field }) => field.slug),
    guests: row.guests.map((guest) => ({ name: guest.name, position: guest.position })),
    intakeOpensAt: row.intakeOpensAt.toISOString(),
    liveStartsAt: row.liveStartsAt.toISOString(),
    liveEndsAt: row.liveEndsAt.toISOString(),
  };
}
