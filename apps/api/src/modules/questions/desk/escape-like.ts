/**
 * Makes user text match literally inside a LIKE pattern: `%` and `_` are wildcards and `\` is
 * the default escape character, so all three are escaped. Prisma's `contains` does not do it.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
