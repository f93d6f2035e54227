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
  // A department has tens of staff: filtering the role here avoids `roles: { has }`, whose
  // enum-array parameter the embedded database's driver adapter sends malformed.
  const staff = await options.prisma.staffUser.findMany({
    where: { tenantId: options.actor.tenantId, disabledAt: null },
    select: {
      id: true,
      name: true,
      roles: true,
      _count: {
        select: { assignedQuestions: { where: { status: { in: [...OPEN_STATUSES] } } } },
      },
    },
  });

  const experts = staff.filter((member) => member.roles.includes('expert'));

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
