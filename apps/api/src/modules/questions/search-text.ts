/**
 * A lower-case copy without diacritics, so "dat dai" finds "đất đai". đ is a letter of its own,
 * not d with a mark, so NFD leaves it alone and it is mapped by hand.
 */
export function toSearchText(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
