import { useHotkeys } from '@mantine/hooks';

/** Marks a block (the answer editor with its toolbar) whose keys belong to the writing. */
export const TYPING_AREA = 'data-desk-typing';

type HotkeyItem = Parameters<typeof useHotkeys>[0][number];

/** A key and what it does; a null action means "not offered right now". */
export type DeskHotkey = [hotkey: string, action: (() => void) | null];

/**
 * The desk's shortcuts, on Mantine's useHotkeys. Single keys never fire while typing (a field,
 * a text area, the answer editor and its toolbar, a word being composed by a Vietnamese input
 * method): "c" or "n" there are letters of the answer. Combinations with Ctrl/⌘ do, since the
 * editor is where "send for review" is wanted. Nothing fires behind an open dialog: its own
 * buttons have the keyboard.
 */
export function useDeskHotkeys(hotkeys: readonly DeskHotkey[]) {
  const plain = hotkeys.filter(([key]) => !key.includes('mod+'));
  const combos = hotkeys.filter(([key]) => key.includes('mod+'));
  useHotkeys(plain.map((hotkey) => toItem(hotkey, { whileTyping: false })));
  useHotkeys(
    combos.map((hotkey) => toItem(hotkey, { whileTyping: true })),
    [],
    true,
  );
}

function toItem([hotkey, action]: DeskHotkey, { whileTyping }: { whileTyping: boolean }) {
  const item: HotkeyItem = [
    hotkey,
    (event: KeyboardEvent) => {
      if (!action || event.repeat || event.isComposing || insideDialog(event.target)) return;
      // A control on the page (a menu, a list) that already used the key keeps it.
      if (!whileTyping && (event.defaultPrevented || isTyping(event.target))) return;
      event.preventDefault();
      action();
    },
    // Mantine would cancel the key before the checks above: a letter typed into the answer
    // would vanish. It is cancelled only when the desk acts on it.
    { preventDefault: false },
  ];
  return item;
}

function insideDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}

/** Where a key is text being written (see TYPING_AREA), not a command to the desk. */
const TYPING = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
  `[${TYPING_AREA}]`,
].join(', ');

/**
 * Mantine skips fields and editable content too, but reads isContentEditable on the target
 * only; the editor's caret can sit in a child of the editable element, and the editor's
 * toolbar is part of the writing.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}
