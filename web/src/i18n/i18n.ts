import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

// Remembered per browser, not per account: the UI has to speak the reader's language
// before anyone signs in.
const STORAGE_KEY = 'attache.language';

export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en'];
  }
}

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The saved choice, else Russian for a Russian-speaking browser, else English. */
export function initialLanguage(saved: string | null, browserLanguage: string | undefined): Language {
  if (isLanguage(saved)) return saved;
  return browserLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's language every time
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works for this page.
  }
  await i18next.changeLanguage(language);
}

const language = initialLanguage(readSaved(), navigator.language);
applyLanguage(language);
i18next.on('languageChanged', (lng) => applyLanguage(isLanguage(lng) ? lng : 'en'));

void i18next.use(initReactI18next).init({
  resources,
  lng: language,
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // resources are bundled: be ready before the first render
});

export default i18next;
