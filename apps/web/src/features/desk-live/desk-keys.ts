/** The desk's shortcuts, in Mantine's hotkey notation; one table so legend and panels agree. */
export const DESK_KEYS = {
  claim: 'c',
  submit: 'mod+Enter',
  approve: 'a',
  giveBack: 'r',
  publish: 'p',
  next: 'n',
} as const;

export type DeskKeyName = keyof typeof DESK_KEYS;

/**
 * The same keys for the `aria-keyshortcuts` of the buttons they press, so a screen reader
 * announces the shortcut with the button ("mod" is Ctrl, or ⌘ on a Mac).
 */
export function ariaKeys(name: DeskKeyName): string {
  const hotkey: string = DESK_KEYS[name];
  if (hotkey.startsWith('mod+')) {
    const key = hotkey.slice('mod+'.length);
    return `Control+${key} Meta+${key}`;
  }
  return hotkey.toUpperCase();
}
