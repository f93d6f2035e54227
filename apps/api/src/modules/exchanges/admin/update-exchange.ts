import type { AdminExchange, ValidExchangeInput } from '@giaoluu/contracts';
import { recordAudit } from '../../../core/audit.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { announceReleasedAnswersOf } from '../../live/announce-due-answers.ts';
import { takeBackAnnouncedAnswers } from '../../live/answer-events.ts';
import { appendExchangeChanged } from '../../live/exchange-events.ts';
import { exchangeColumns, exchangeSnapshot, guestRows, resolveFieldIds } from './exchange-input.ts';
import { requireTenantExchange } from './exchange-record.ts';
import { assertEditable, changedMeanwhile } from './exchange-rules.ts';
import { getAdminExchange } from './read-exchanges.ts';

/**
 * Replaces what an admin edits, fields and guests included. Moving the live times of an
 * announced exchange is how it opens or closes early. A save that changes nothing writes nothing.
 */
export async function updateExchange(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  now: Date;
  id: string;
  input: ValidExchangeInput;
}): Promise<AdminExchange> {
  const { prisma, actor, now, id, input } = options;

  const fieldIds = await resolveFieldIds(prisma, input.fieldSlugs);

  await prisma.$transaction(async (tx) => {
    const before = await requireTenantExchange(tx, actor.tenantId, id);
    assertEditable(before, now);

    // The guard on cancelledAt holds even if a cancel commits between the read and this write.
    const updated = await tx.exchange.updateMany({
      where: { id, tenantId: actor.tenantId, cancelledAt: null },
      data: exchangeColumns(input),
    });
    if (updated.count === 0) throw changedMeanwhile();

    await tx.exchangeField.deleteMany({ where: { exchangeId: id } });
    await tx.exchangeField.createMany({
      data: fieldIds.map((fieldId) => ({ exchangeId: id, fieldId })),
    });
    await movePreAnswerRelease(tx, {
      tenantId: actor.tenantId,
      exchangeId: id,
      oldStart: before.liveStartsAt,
      newStart: new Date(input.liveStartsAt),
      now,
    });

    await tx.guest.deleteMany({ where: { exchangeId: id } });
    await tx.guest.createMany({
      data: guestRows(input.guests).map((guest) => ({ ...guest, exchangeId: id })),
    });

    const after = await requireTenantExchange(tx, actor.tenantId, id);
    const change = changedFields(exchangeSnapshot(before), exchangeSnapshot(after));
    if (!change) return;
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'exchange.update',
      entityType: 'Exchange',
      entityId: id,
      ...change,
      at: now,
    });

    // Open pages re-read the exchange at once: a late opening or an extension shows without a
    // reload, and so does a corrected title.
    await appendExchangeChanged(tx, {
      tenantId: actor.tenantId,
      exchangeId: id,
      reason: movesSchedule(change.after) ? 'rescheduled' : 'updated',
      now,
    });
    await announceReleasedAnswersOf(tx, { tenantId: actor.tenantId, exchangeId: id, now });
  });

  return getAdminExchange({ prisma, actor, now, id });
}

const SCHEDULE_FIELDS = ['intakeOpensAt', 'liveStartsAt', 'liveEndsAt'];

function movesSchedule(after: Record<string, unknown>): boolean {
  return SCHEDULE_FIELDS.some((field) => field in after);
}

/**
 * Pre-answers are released at the live start. When the start moves (opening early or late),
 * their release moves with it; answers released at another time stay as they are.
 *
 * An exchange opened early by mistake and then set back to a later start has released its
 * pre-answers already: they leave open pages again (withdrawn) and are forgotten as announced,
 * so the live clock brings them back at the new start, to every page, old or new.
 */
async function movePreAnswerRelease(
  tx: Prisma.TransactionClient,
  move: { tenantId: string; exchangeId: string; oldStart: Date; newStart: Date; now: Date },
) {
  const { tenantId, exchangeId, oldStart, newStart, now } = move;
  if (oldStart.getTime() === newStart.getTime()) return;

  const preAnswers = { tenantId, exchangeId, status: 'approved' as const, publishAt: oldStart };
  const takenBack =
    newStart > now
      ? await tx.answer.findMany({
          where: { ...preAnswers, publicEventAt: { not: null }, unpublishedAt: null },
          select: { id: true, questionId: true },
        })
      : [];
  await tx.answer.updateMany({ where: preAnswers, data: { publishAt: newStart } });
  await takeBackAnnouncedAnswers(tx, { tenantId, exchangeId, answers: takenBack });
}
