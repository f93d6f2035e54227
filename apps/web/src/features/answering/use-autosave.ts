import { useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS, DraftSaver, type SaveStatus } from './draft-saver.ts';

type AutosaveOptions = {
  initial: string;
  /** When the server's text was last saved, shown before any new typing. */
  initialSavedAt: string | null;
  save: (html: string) => Promise<unknown>;
  /** The last attempt as the tab closes: a request that outlives the page. */
  saveOnUnload: (html: string) => void;
  delayMs?: number;
};

/** A DraftSaver for the life of the component, saving once more as the page or tab goes. */
export function useAutosave(options: AutosaveOptions) {
  const callbacks = useRef(options);
  callbacks.current = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: options.initialSavedAt });
  const [saver] = useState(
    () =>
      new DraftSaver({
        initial: options.initial,
        initialSavedAt: options.initialSavedAt,
        delayMs: options.delayMs ?? AUTOSAVE_DELAY_MS,
        save: (html) => callbacks.current.save(html),
        onStatus: setStatus,
      }),
  );

  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!saver.hasUnsaved) return;
      callbacks.current.saveOnUnload(saver.latest);
      // The browser also asks before leaving, in case that last request does not arrive.
      event.preventDefault();
      event.returnValue = '';
    }

    saver.setActive(true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      saver.setActive(false);
      // Leaving the page inside the app: what is unsaved still goes.
      if (saver.hasUnsaved) void saver.flush();
    };
  }, [saver]);

  return { status, saver };
}
