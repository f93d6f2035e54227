import type { AuditEntryDto, PersonRef } from '@giaoluu/contracts';
import type { AuditEntry } from '../../generated/prisma/client.ts';

export function presentAuditEntry(
  entry: AuditEntry,
  actorOf: (actorId: string) => PersonRef,
): AuditEntryDto {
  return {
    id: entry.id.toString(),
    at: entry.createdAt.toISOString(),
    actor: entry.actorId ? actorOf(entry.actorId) : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
  };
}
