import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../app/i18n.ts';

// jsdom lacks the layout APIs Mantine reads; these stand-ins report "no match, no size".
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

Element.prototype.scrollIntoView ??= () => {};

// The rich-text editor (ProseMirror) measures the selection to scroll it into view.
const emptyRect = { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0 };
Range.prototype.getBoundingClientRect ??= () => ({ ...emptyRect, toJSON: () => emptyRect });
Range.prototype.getClientRects ??= () =>
  ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as DOMRectList;
document.elementFromPoint ??= () => null;

// Mantine's autosizing textarea measures again once web fonts load.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
});
