import type { AuditPage, AuditQuery, PersonRef } from '@giaoluu/contracts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { StaffActor } from '../auth/staff-actor.ts';
import { presentAuditEntry } from './present-audit-entry.ts';

/** One page of the department's audit log, newest first, with the name of who acted. */
export async function listAuditEntries(options: {
  prisma: PrismaClient;
  actor: StaffActor;
  query: AuditQuery;
}): Promise<AuditPage> {
  const { prisma, actor, query } = options;

  const where = auditWhere(actor.tenantId, query);
  const [total, entries] = await Promise.all([
    prisma.auditEntry.count({ where }),
    prisma.auditEntry.findMany({
      where,
      // Entries of one transaction share a timestamp; the id keeps their order stable.
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);

  const actorOf = await actorNames(prisma, entries);
  return {
    items: entries.map((entry) => presentAuditEntry(entry, actorOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function auditWhere(tenantId: string, query: AuditQuery): Prisma.AuditEntryWhereInput {
  return {
    tenantId,
    action: query.action,
    actorId: query.actorId,
    entityId: query.entityId,
    createdAt: {
      gte: query.from ? new Date(query.from) : undefined,
      lt: query.to ? new Date(query.to) : undefined,
    },
  };
}

/**
 * Names of the people on this page. The ids come from the tenant's own entries, so the lookup
 * reveals nothing beyond them; accounts are disabled, never deleted, so a name is always there.
 */
async function actorNames(
  prisma: PrismaClient,
  entries: { actorId: string | null }[],
): Promise<(actorId: string) => PersonRef> {
  const ids = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const people = await prisma.staffUser.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });

  const names = new Map(people.map((person) => [person.id, person.name]));
  return (actorId) => ({ id: actorId, name: names.get(actorId) ?? 'Tài khoản không xác định' });
}
