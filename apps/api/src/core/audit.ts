import type { Prisma } from '../generated/prisma/client.ts';

export type AuditInput = {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The app's clock, so entries agree with every other time the app records. */
  at: Date;
};

type AuditWriter = {
  auditEntry: { create(args: { data: Prisma.AuditEntryUncheckedCreateInput }): unknown };
};

/**
 * Writes one audit entry. Call it with the transaction that makes the change, so an action
 * and its record commit together or not at all. `before`/`after` hold only what changed and
 * never an asker's contact details.
 */
export async function recordAudit(db: AuditWriter, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      tenantId: entry.tenantId,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      createdAt: entry.at,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
