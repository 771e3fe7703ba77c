import type { Language } from './i18n';

/** A record with the bilingual name fields every API entity uses; either may be empty. */
export interface Bilingual {
  name_en: string;
  name_ru: string;
}

/** The name in the reader's language, falling back to the other one. */
export function localName(record: Bilingual, language: Language): string {
  const [first, second] =
    language === 'ru' ? [record.name_ru, record.name_en] : [record.name_en, record.name_ru];
  return first.trim() || second.trim();
}

/** The name in the other language, when it says something the local one does not. */
export function otherName(record: Bilingual, language: Language): string {
  const other = (language === 'ru' ? record.name_en : record.name_ru).trim();
  return other && other !== localName(record, language) ? other : '';
}
