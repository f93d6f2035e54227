import { AppError } from '../../core/errors.ts';

/** A feed position: the release time and id of the last item seen (newest first). */
export type FeedCursor = { publishAt: Date; id: string };

export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishAt.toISOString(), cursor.id])).toString(
    'base64url',
  );
}

export function decodeFeedCursor(value: string): FeedCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    const publishAt = new Date(String(at));
    if (
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/.test(id) ||
      Number.isNaN(publishAt.getTime())
    ) {
      throw new Error('malformed');
    }
    return { publishAt, id };
  } catch {
    throw new AppError(422, 'invalid_cursor', 'Vị trí trang không hợp lệ; hãy tải lại danh sách.');
  }
}
