import { useEffect, useRef } from 'react';

export type QueueKeyHandlers = {
  move: (delta: 1 | -1) => void;
  toggle: () => void;
  accept: () => void;
  open: () => void;
  search: () => void;
};

/**
 * j/k move, x ticks, a accepts, Enter opens, / searches: a moderator on a live day handles
 * hundreds of questions and should not need the mouse. Keys typed into a field, and keys
 * inside a dialog (other than the question drawer, which takes j/k to step through the list),
 * are left alone.
 */
export function useQueueKeyboard(handlers: QueueKeyHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled) return;

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!(event.target instanceof Element) || isTyping(event.target)) return;

      const dialog = event.target.closest('[role="dialog"]');
      const inDrawer = dialog?.hasAttribute('data-queue-keys') ?? false;
      if (dialog && !inDrawer) return;

      // Enter on a button or a link is that control's own; on a row or the page it opens.
      if (event.key === 'Enter' && event.target.closest('button, a, [role="tab"]')) return;

      const action = keyAction(event.key, inDrawer);
      if (!action) return;
      event.preventDefault();
      action(latest.current);
    }

    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

function keyAction(key: string, inDrawer: boolean): ((h: QueueKeyHandlers) => void) | null {
  switch (key) {
    case 'j':
      return (h) => h.move(1);
    case 'k':
      return (h) => h.move(-1);
    case 'x':
      return (h) => h.toggle();
    case 'a':
      return (h) => h.accept();
    case '/':
      return inDrawer ? null : (h) => h.search();
    case 'Enter':
    case 'o':
      return inDrawer ? null : (h) => h.open();
    default:
      return null;
  }
}

function isTyping(target: Element): boolean {
  if (target.closest('input, textarea, select, [contenteditable="true"]')) {
    // A checkbox takes no text: the keys still belong to the list.
    return !(target instanceof HTMLInputElement && target.type === 'checkbox');
  }
  return false;
}
