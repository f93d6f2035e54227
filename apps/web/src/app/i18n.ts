import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../locales/en.ts';
import { vi } from '../locales/vi.ts';
import { readStorage, writeStorage } from '../shared/browser/storage.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'giaoluu:language';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else Vietnamese: the browser's language is not asked on purpose, since
 * the people served are in Vietnam whatever their browser was set up with. */
function initialLanguage(): Language {
  const saved = readStorage(STORAGE_KEY);
  return isLanguage(saved) ? saved : 'vi';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  writeStorage(STORAGE_KEY, language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  // React escapes what it renders, so i18next must not escape a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
}

export { i18n };
