import type { Me, StaffRole } from '@giaoluu/contracts';

/** What a page or a button needs; each is granted by some roles. */
export type Capability =
  | 'viewQueue'
  | 'moderate'
  | 'seeDuplicates'
  | 'answer'
  | 'claim'
  | 'review'
  | 'takeOver'
  | 'administer';

// The server checks every call; this table only decides what is offered, so that nobody is
// shown a page whose every action would be refused.
const GRANTS: Record<Capability, readonly StaffRole[]> = {
  viewQueue: ['moderator', 'leader', 'admin'],
  moderate: ['moderator'],
  // Likely duplicates and the list of experts help whoever decides on questions.
  seeDuplicates: ['moderator', 'leader'],
  // A leader may take a question over and write it, so has a list of their own too.
  answer: ['expert', 'leader'],
  claim: ['expert'],
  review: ['leader'],
  takeOver: ['leader'],
  administer: ['admin'],
};

export function can(me: Pick<Me, 'roles'>, capability: Capability): boolean {
  return GRANTS[capability].some((role) => me.roles.includes(role));
}
