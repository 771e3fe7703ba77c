import type { Language } from '../i18n/i18n';
import { label as labelIn } from '../organisations/taxonomy';
import type { TaxonomyClass } from './api';

interface Labelled {
  label_en: string;
  label_ru: string;
}
interface Group extends Labelled {
  id: string;
  classes: TaxonomyClass[];
}

/** A row of the taxonomy table: a class with its group's label. */
export interface ClassRow extends TaxonomyClass {
  group_label: string;
}

/** Text as the server's text::Fold compares it: composed, lower case, ё as е. */
export const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase().replace(/ё/g, 'е');

/** The classes of `groups` (of one group when `group` is given) whose id, labels or synonyms hold `text` in any case (ё and е alike), as the server's export filters them. */
export function classRows(
  groups: readonly Group[],
  language: Language,
  text: string,
  group?: string,
): ClassRow[] {
  const wanted = fold(text.trim());
  const rows: ClassRow[] = [];
  for (const each of groups) {
    if (group && each.id !== group) continue;
    for (const item of each.classes) {
      const haystack = fold(
        [item.id, item.label_en, item.label_ru, ...item.synonyms_en, ...item.synonyms_ru].join('\n'),
      );
      if (wanted && !haystack.includes(wanted)) continue;
      rows.push({ ...item, group_label: labelIn(each, language) });
    }
  }
  return rows;
}

/** The id a new class of `group` gets from its English label: `dat.fraud_analytics`. */
export function suggestId(group: string, labelEn: string): string {
  const slug = labelEn
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[0-9_]+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return group && slug ? `${group}.${slug}` : '';
}
