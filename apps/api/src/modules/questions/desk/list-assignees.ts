import type { AssigneeList } from '@giaoluu/contracts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import type { StaffActor } from '../../auth/staff-actor.ts';
import { OPEN_STATUSES } from './triage-rules.ts';

const vietnamese = new Intl.Collator('vi');

/** The department's working experts, each with how many questions they have open. */
export async function listAssignees(options: {
  prisma: PrismaClient;
  actor: StaffActor;
}): Promise<AssigneeList> {
  const experts = await options.prisma.staffUser.findMany({
    where: { tenantId: options.actor.tenantId, disabledAt: null, roles: { has: 'expert' } },
    select: {
      id: true,
      name: true,
      roles: true,
      _count: {
        select: { assignedQuestions: { where: { status: { in: [...OPEN_STATUSES] } } } },
      },
    },
  });

  // Sorted here rather than by the database, whose collation may not know Vietnamese (Đ after Z).
  experts.sort((a, b) => vietnamese.compare(a.name, b.name));

  return {
    items: experts.map((expert) => ({
      id: expert.id,
      name: expert.name,
      roles: expert.roles,
      openQuestions: expert._count.assignedQuestions,
    })),
  };
}
