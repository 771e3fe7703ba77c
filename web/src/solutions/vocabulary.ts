import type { Language } from '../i18n/i18n';
import type { LicenceModel, Maturity, SolutionKind } from './types';

// The closed vocabularies of a solution, in the order pickers and filters show them.
export const SOLUTION_KINDS = [
  'software',
  'hardware_software',
  'radio_electronics',
  'it_service',
] as const satisfies readonly SolutionKind[];

export const MATURITIES = [
  'concept',
  'development',
  'beta',
  'stable',
  'obsolete',
] as const satisfies readonly Maturity[];

export const LICENCE_MODELS = [
  'perpetual',
  'subscription',
  'open_source',
  'freemium',
  'service',
  'other',
] as const satisfies readonly LicenceModel[];

/** Export readiness, 0 (domestic only) to 3 (proven abroad); docs/catalogue.md gives the meanings. */
export const READINESS_LEVELS = [0, 1, 2, 3] as const;
export type Readiness = (typeof READINESS_LEVELS)[number];

/** Organisation kinds that may own a solution: the server refuses the others. */
export const OWNER_KINDS = ['domestic_company', 'university'] as const;

export const SOLUTION_KIND_COLORS: Record<SolutionKind, string> = {
  software: 'blue',
  hardware_software: 'purple',
  radio_electronics: 'orange',
  it_service: 'cyan',
};

export const MATURITY_COLORS: Record<Maturity, string> = {
  concept: 'default',
  development: 'gold',
  beta: 'lime',
  stable: 'green',
  obsolete: 'default',
};

export const READINESS_COLORS: Record<Readiness, string> = {
  0: 'default',
  1: 'gold',
  2: 'blue',
  3: 'green',
};

export function isReadiness(value: number): value is Readiness {
  return (READINESS_LEVELS as readonly number[]).includes(value);
}

/** Languages offered first in the interface-language picker; any other ISO 639-1 code may be typed. */
export const COMMON_LANGUAGES = [
  'ru',
  'en',
  'ar',
  'zh',
  'es',
  'fr',
  'de',
  'pt',
  'tr',
  'fa',
  'hi',
  'id',
  'vi',
  'th',
  'ms',
  'kk',
  'uz',
  'ky',
  'tg',
  'az',
  'hy',
  'ka',
  'be',
  'mn',
  'sr',
] as const;

const languageNames = new Map<Language, Intl.DisplayNames>();

/** "Vietnamese" for "vi" in the reader's language; the code itself when the browser cannot say. */
export function languageName(code: string, language: Language): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  try {
    const name = names.of(code) ?? code;
    // Russian display names start lower case ("вьетнамский"); in a list they read as labels.
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return code;
  }
}
