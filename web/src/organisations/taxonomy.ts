import { useQuery } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { components } from '../api/schema';
import type { Language } from '../i18n/i18n';

type Schemas = components['schemas'];

/** What the sector pickers read of GET /api/v1/taxonomy: labels and synonyms of groups and classes. */
type ClassLabels = Pick<
  Schemas['TaxonomyClass'],
  'id' | 'label_en' | 'label_ru' | 'synonyms_en' | 'synonyms_ru' | 'archived_at'
>;
interface GroupLabels extends Pick<Schemas['TaxonomyGroup'], 'id' | 'label_en' | 'label_ru'> {
  classes: ClassLabels[];
}
export interface SectorSource {
  groups: GroupLabels[];
}

export function useTaxonomy() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/taxonomy', { signal }))).data,
    staleTime: 10 * 60_000, // changes only when an administrator edits it
  });
}

/** A group's or class's label in the reader's language, else in the other. */
export const label = (item: { label_en: string; label_ru: string }, language: Language) =>
  (language === 'ru' ? item.label_ru || item.label_en : item.label_en || item.label_ru).trim();

/** A node of the TreeSelect: groups hold classes and are not chosen themselves. */
export interface SectorNode {
  value: string;
  title: string;
  /** Both labels and every synonym, lowercased: what a search in the picker matches. */
  search: string;
  selectable?: boolean;
  checkable?: boolean;
  children?: SectorNode[];
}

/** Groups with their live classes beneath them, in the reader's language. */
export function sectorTree(taxonomy: SectorSource | undefined, language: Language): SectorNode[] {
  return (taxonomy?.groups ?? [])
    .map((group) => ({
      value: `group:${group.id}`,
      title: label(group, language),
      search: `${group.label_en} ${group.label_ru}`.toLowerCase(),
      selectable: false,
      checkable: false,
      children: group.classes
        .filter((item) => !item.archived_at)
        .map((item) => ({
          value: item.id,
          title: label(item, language),
          search: [item.label_en, item.label_ru, ...item.synonyms_en, ...item.synonyms_ru]
            .join(' ')
            .toLowerCase(),
        })),
    }))
    .filter((group) => group.children.length > 0);
}

/** Whether a picker node matches what was typed: any label or synonym contains it. */
export function sectorMatches(input: string, node: object): boolean {
  const needle = input.trim().toLowerCase();
  const { search } = node as { search?: unknown };
  return needle === '' || (typeof search === 'string' && search.includes(needle));
}

/** The label of each class id in the reader's language (archived ones too: records keep them). */
export function sectorLabels(taxonomy: SectorSource | undefined, language: Language): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of taxonomy?.groups ?? []) {
    for (const item of group.classes) labels.set(item.id, label(item, language));
  }
  return labels;
}
