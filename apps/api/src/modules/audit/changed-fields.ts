type Snapshot = Record<string, unknown>;

/**
 * The fields that differ between two snapshots of a record, as the audit log stores them:
 * `before` and `after` hold only what changed. Values are compared by their JSON form, which
 * is also how they are stored, so dates, arrays and nested objects compare by content.
 */
export function changedFields(
  before: Snapshot,
  after: Snapshot,
): { before: Snapshot; after: Snapshot } | null {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changed.length === 0) return null;

  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
