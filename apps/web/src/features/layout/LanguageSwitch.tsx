import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../../app/i18n.ts';

const SHORT_NAMES = { vi: 'VI', en: 'EN' } as const;

/**
 * Two buttons rather than a menu: one tap on a phone. Each is named by its short code ("VI",
 * "EN") and titled with the language's own name, written in that language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();

  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'white' : 'subtle'}
          color={language === active ? 'blue' : 'gray.0'}
          aria-pressed={language === active}
          title={t(`language.${language}`)}
          lang={language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {SHORT_NAMES[language]}
        </Button>
      ))}
    </Group>
  );
}
