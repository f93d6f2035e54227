import { useCallback, useState } from 'react';

/**
 * The ticked rows. Only rows still on screen count as selected, so a question that left the
 * list (accepted by a colleague, another page) is never acted on unseen.
 */
export function useSelection(visibleIds: readonly string[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const selected = visibleIds.filter((id) => ticked.has(id));

  const toggle = useCallback((id: string) => {
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const setMany = useCallback((ids: readonly string[], on: boolean) => {
    setTicked((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => setTicked(new Set()), []);

  return { selected, isSelected: (id: string) => ticked.has(id), toggle, setMany, clear };
}

export type Selection = ReturnType<typeof useSelection>;
