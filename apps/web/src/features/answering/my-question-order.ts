import type { DeskQuestion } from '@giaoluu/contracts';

// What needs this person first: answers sent back, then work in hand, then what waits on others.
const URGENCY: Record<string, number> = { returned: 0, drafted: 1, assigned: 2, accepted: 3 };

export function byUrgency(a: DeskQuestion, b: DeskQuestion): number {
  const rank = (URGENCY[a.status] ?? 9) - (URGENCY[b.status] ?? 9);
  return rank !== 0 ? rank : Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/** Questions that still need their holder: the rest of "my questions" only waits on others. */
export function needsWork(question: DeskQuestion): boolean {
  return question.status in URGENCY;
}
