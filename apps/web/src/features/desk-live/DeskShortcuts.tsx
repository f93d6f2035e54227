import type { DeskQuestion } from '@giaoluu/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DeskKeyboardLegend, type LegendEntry, modKeyLabel } from './DeskKeyboardLegend.tsx';
import { DESK_KEYS, type DeskKeyName } from './desk-keys.ts';
import { useDeskHotkeys } from './use-desk-hotkeys.ts';
import { useNextQuestion } from './use-next-question.ts';

type ActionKey = Exclude<DeskKeyName, 'next'>;

const MEANINGS = {
  claim: 'deskLive.keys.claim',
  submit: 'deskLive.keys.submit',
  approve: 'deskLive.keys.approve',
  giveBack: 'deskLive.keys.return',
  publish: 'deskLive.keys.publish',
  next: 'deskLive.keys.next',
} as const satisfies Record<DeskKeyName, string>;

type DeskShortcutsProps = {
  question: DeskQuestion;
  /** Which actions the panels on screen offer now; each panel binds its own key. */
  offered: Record<ActionKey, boolean>;
};

/**
 * The question page's legend of shortcuts, and "next question", which belongs to no panel.
 * The legend lists only what works on this screen now, so no key shown does nothing.
 */
export function DeskShortcuts({ question, offered }: DeskShortcutsProps) {
  const { t } = useTranslation();
  const { goNext, noneLeft } = useNextQuestion(question);
  useDeskHotkeys([[DESK_KEYS.next, () => void goNext()]]);

  const actions = (Object.keys(offered) as ActionKey[]).filter((name) => offered[name]);
  const names: DeskKeyName[] = [...actions, 'next'];
  const entries: LegendEntry[] = names.map((name) => ({
    keys: keyLabel(DESK_KEYS[name]),
    meaning: t(MEANINGS[name]),
  }));

  return (
    <Stack gap={4}>
      <DeskKeyboardLegend entries={entries} />
      {noneLeft && (
        <Text size="sm" c="dimmed" role="status">
          {t('deskLive.noNext')}
        </Text>
      )}
    </Stack>
  );
}

function keyLabel(hotkey: string): string {
  return hotkey.replace('mod+', `${modKeyLabel()} + `);
}
