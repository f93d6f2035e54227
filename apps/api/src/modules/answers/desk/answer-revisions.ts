import type { Prisma } from '../../../generated/prisma/client.ts';

type Db = Prisma.TransactionClient;

// Autosave runs every few seconds. Within this window one author's saves refine the same
// revision, so an afternoon of typing leaves a readable history rather than thousands of rows.
export const REVISION_COALESCE_MS = 2 * 60_000;

/** Marks the revision a leader was sent; later saves start a new revision after it. */
export const SUBMITTED_NOTE = 'Bản gửi duyệt';

type LatestRevision = { id: string; authorId: string; createdAt: Date; note: string | null };

export function latestRevision(db: Db, answerId: string) {
  return db.answerRevision.findFirst({
    where: { answerId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, authorId: true, createdAt: true, note: true },
  });
}

/**
 * Keeps the new text as a revision: refines the latest one when it is the same author's,
 * recent, and was not sent for review since; otherwise appends one. Returns the id of an
 * appended revision, or null when an existing one was refined.
 */
export async function keepRevision(
  db: Db,
  options: {
    answerId: string;
    latest: LatestRevision | null;
    authorId: string;
    html: string;
    now: Date;
  },
): Promise<string | null> {
  const { answerId, latest, authorId, html, now } = options;

  const refine =
    latest !== null &&
    latest.authorId === authorId &&
    latest.note === null &&
    now.getTime() - latest.createdAt.getTime() < REVISION_COALESCE_MS;
  if (refine) {
    await db.answerRevision.update({ where: { id: latest.id }, data: { bodyHtml: html } });
    return null;
  }

  const created = await db.answerRevision.create({
    data: { answerId, authorId, bodyHtml: html, createdAt: now },
  });
  return created.id;
}
