import { describe, expect, it } from 'vitest';
import { duplicateProbe } from './duplicateCheck';
import { movedRows } from './MergeDialog';
import { sectorLabels, sectorMatches, sectorTree, type SectorSource } from './taxonomy';

const taxonomy: SectorSource = {
  groups: [
    {
      id: 'dat',
      label_en: 'Data & analytics',
      label_ru: 'Данные и аналитика',
      classes: [
        {
          id: 'dat.bi',
          label_en: 'Business intelligence',
          label_ru: '',
          synonyms_en: ['dashboards'],
          synonyms_ru: ['аналитические панели'],
          archived_at: null,
        },
        {
          id: 'dat.old',
          label_en: 'Old class',
          label_ru: 'Старый класс',
          synonyms_en: [],
          synonyms_ru: [],
          archived_at: '2025-01-01T00:00:00Z',
        },
      ],
    },
    { id: 'emp', label_en: 'Empty', label_ru: 'Пусто', classes: [] },
  ],
};

describe('sectorTree', () => {
  it('nests live classes under their groups in the reader language, falling back to the other', () => {
    const tree = sectorTree(taxonomy, 'ru');
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ value: 'group:dat', title: 'Данные и аналитика', selectable: false });
    expect(tree[0]?.children?.map((node) => [node.value, node.title])).toEqual([
      ['dat.bi', 'Business intelligence'],
    ]);
  });

  it('finds a class by a synonym in either language', () => {
    const node = sectorTree(taxonomy, 'en')[0]?.children?.[0] ?? {};
    expect(sectorMatches('Dashboards', node)).toBe(true);
    expect(sectorMatches('панели', node)).toBe(true);
    expect(sectorMatches('blockchain', node)).toBe(false);
  });

  it('labels archived classes too, since records keep them', () => {
    expect(sectorLabels(taxonomy, 'ru').get('dat.old')).toBe('Старый класс');
  });
});

describe('duplicateProbe', () => {
  it('asks about names of three letters or more and complete INNs', () => {
    expect(duplicateProbe({ name_ru: 'Ро', name_en: ' Sky Systems ', inn: '77070' })).toEqual({
      name_en: 'Sky Systems',
    });
    expect(duplicateProbe({ inn: '7707083893' }, 9)).toEqual({ inn: '7707083893', exclude: 9 });
  });

  it('asks nothing when there is nothing to ask', () => {
    expect(duplicateProbe({ name_ru: ' ', name_en: 'ab' })).toBeNull();
  });
});

describe('movedRows', () => {
  it('lists what moved in a fixed order, leaving out bookkeeping and zeros', () => {
    expect(
      movedRows({
        kept_id: 1,
        merged_id: 2,
        moved: { name_keys: 2, markets: 1, solutions: 3, contacts: 0, widgets: 4 },
      }),
    ).toEqual([
      ['solutions', 3],
      ['markets', 1],
      ['widgets', 4],
    ]);
  });
});
