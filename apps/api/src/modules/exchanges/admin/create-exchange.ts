import type { AdminExchange, ValidExchangeInput } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { exchangeColumns, exchangeSnapshot, guestRows, resolveFieldIds } from './exchange-input.ts';
import { adminExchangeInclude } from './exchange-record.ts';
import { presentAdminExchange } from './present-admin-exchange.ts';

/** A new exchange starts as a draft: nobody outside the department sees it until announced. */
export async function createDraftExchange(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  input: ValidExchangeInput;
}): Promise<AdminExchange> {
  const { prisma, actor, now, input } = options;

  const fieldIds = await resolveFieldIds(prisma, input.fieldSlugs);

  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.exchange.create({
      data: {
        tenantId: actor.tenantId,
        ...exchangeColumns(input),
        createdAt: now,
        fields: { create: fieldIds.map((fieldId) => ({ fieldId })) },
        guests: { create: guestRows(input.guests) },
      },
      include: adminExchangeInclude,
    });
    await recordAudit(tx, {
      at: now,
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'exchange.create',
      entityType: 'Exchange',
      entityId: created.id,
      after: exchangeSnapshot(created),
    });
    return created;
  });

  return presentAdminExchange(row, now, { questions: 0, answered: 0 });
}
