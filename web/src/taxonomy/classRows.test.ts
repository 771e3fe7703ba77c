import { describe, expect, it } from 'vitest';
import { withClass, type TaxonomyClass } from './api';
import { classRows, suggestId } from './classRows';

const item = (id: string, label_en: string, label_ru: string, synonyms_en: string[] = []): TaxonomyClass => ({
  id,
  group_id: id.split('.')[0] ?? '',
  label_en,
  label_ru,
  synonyms_en,
  synonyms_ru: [],
  anchors: [],
  origin: 'reference',
  version: 1,
  updated_at: '2026-01-01T00:00:00Z',
  archived_at: null,
});

const groups = [
  {
    id: 'dat',
    label_en: 'Data',
    label_ru: 'Данные',
    classes: [item('dat.bi', 'Business intelligence', 'Бизнес-аналитика', ['BI'])],
  },
  {
    id: 'isc',
    label_en: 'Security',
    label_ru: 'Безопасность',
    classes: [item('isc.antivirus', 'Antivirus', 'Антивирус')],
  },
];

describe('classRows', () => {
  it('finds classes by id, either label or a synonym, in any case', () => {
    expect(classRows(groups, 'en', '').map((row) => row.id)).toEqual(['dat.bi', 'isc.antivirus']);
    expect(classRows(groups, 'en', 'АНТИВИР').map((row) => row.id)).toEqual(['isc.antivirus']);
    expect(classRows(groups, 'en', 'bi').map((row) => row.id)).toEqual(['dat.bi']);
    expect(classRows(groups, 'en', 'isc.').map((row) => row.id)).toEqual(['isc.antivirus']);
    expect(classRows(groups, 'en', 'nothing like it')).toEqual([]);
    expect(classRows(groups, 'en', 'безопасность').map((row) => row.id)).toEqual([]);
    expect(classRows(groups, 'en', 'БИЗНЁС').map((row) => row.id)).toEqual(['dat.bi']);
  });

  it('keeps to one group when asked, and labels the group in the reader language', () => {
    const rows = classRows(groups, 'ru', '', 'isc');
    expect(rows.map((row) => row.id)).toEqual(['isc.antivirus']);
    expect(rows[0]?.group_label).toBe('Безопасность');
  });
});

describe('suggestId', () => {
  it('makes a snake_case id under the group from the English label', () => {
    expect(suggestId('dat', 'Fraud analytics & scoring')).toBe('dat.fraud_analytics_and_scoring');
    expect(suggestId('isc', '  5G core security! ')).toBe('isc.g_core_security');
    expect(suggestId('', 'Anything')).toBe('');
    expect(suggestId('dat', '— ')).toBe('');
  });
});

describe('withClass', () => {
  const taxonomy = { groups, cooperation_areas: [] };
  it('puts the saved class in place, keeping its use count', () => {
    const saved = { ...item('dat.bi', 'BI', 'БИ'), version: 2 };
    const used = {
      ...taxonomy,
      groups: [{ ...groups[0]!, classes: [{ ...groups[0]!.classes[0]!, used: 7 }] }],
    };
    const next = withClass(used, saved);
    expect(next.groups[0]?.classes[0]).toMatchObject({ label_en: 'BI', version: 2, used: 7 });
  });
  it('drops an archived class', () => {
    const archived = {
      ...item('isc.antivirus', 'Antivirus', 'Антивирус'),
      archived_at: '2026-11-21T00:00:00Z',
    };
    expect(withClass(taxonomy, archived).groups[1]?.classes).toEqual([]);
  });
});
