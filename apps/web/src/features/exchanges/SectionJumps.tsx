import { Button, Group } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The ids of the headings the page's two sections are labelled by. */
export const FEED_TITLE_ID = 'feed-title';
export const QUESTION_FORM_TITLE_ID = 'question-form-title';

/**
 * On a phone the page is one long column: the overview, the question form, then the answers.
 * On a live day most visitors come for the answers and some to ask, so two links right under
 * the overview take them to either, the first with the live count of answers. Wide screens show
 * both sections side by side and need neither.
 *
 * They scroll instead of changing the address: a `#` in the URL would stay there and jump the
 * page again on every reload. Focus moves to the heading, so keyboard and screen reader users
 * land where sighted users see the page go.
 */
export function SectionJumps({ answered }: { answered: number }) {
  const { t } = useTranslation();
  const reducedMotion = useReducedMotion();

  const jumpTo = (headingId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.closest('section')?.scrollIntoView({
      behavior: reducedMotion ? 'auto' : 'smooth',
      block: 'start',
    });
    heading.focus({ preventScroll: true });
  };

  return (
    <Group gap="xs" hiddenFrom="md" component="nav" aria-label={t('jumpTo.label')}>
      <Button
        component="a"
        href={`#${FEED_TITLE_ID}`}
        onClick={jumpTo(FEED_TITLE_ID)}
        variant="light"
        size="sm"
      >
        {t('jumpTo.answers', { count: answered })}
      </Button>
      <Button
        component="a"
        href={`#${QUESTION_FORM_TITLE_ID}`}
        onClick={jumpTo(QUESTION_FORM_TITLE_ID)}
        variant="default"
        size="sm"
      >
        {t('jumpTo.ask')}
      </Button>
    </Group>
  );
}
