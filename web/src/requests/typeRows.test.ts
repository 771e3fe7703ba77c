import { describe, expect, it } from 'vitest';
import { daysOf, suggestCode, typePatch, typeRows } from './typeRows';
import type { RequestType } from './types';

const type = (code: string, parent: string | null, extra: Partial<RequestType> = {}): RequestType => ({
  code,
  parent,
  name_en: code,
  name_ru: code,
  sla_days: parent ? null : 10,
  effective_sla_days: 10,
  archived: false,
  version: 1,
  ...extra,
});

const catalogue = [
  type('consulting', null),
  type('tender_support', 'consulting', { sla_days: 7, effective_sla_days: 7 }),
  type('legal', null, { sla_days: 20, effective_sla_days: 20 }),
  type('dispute', 'legal', { effective_sla_days: 20 }),
  type('old_one', 'legal', { archived: true, effective_sla_days: 20 }),
];

describe('typeRows', () => {
  it('lists each type followed by its live subtypes', () => {
    expect(typeRows(catalogue, false).map((row) => [row.code, row.subtype])).toEqual([
      ['consulting', false],
      ['tender_support', true],
      ['legal', false],
      ['dispute', true],
    ]);
  });

  it('shows archived subtypes when asked', () => {
    expect(typeRows(catalogue, true).map((row) => row.code)).toEqual([
      'consulting',
      'tender_support',
      'legal',
      'dispute',
      'old_one',
    ]);
  });

  it('keeps a subtype whose type is missing, at the end', () => {
    expect(
      typeRows([type('stray', 'information'), type('legal', null)], false).map((row) => row.code),
    ).toEqual(['legal', 'stray']);
  });
});

describe('daysOf', () => {
  it('tells own days from the type’s', () => {
    expect(daysOf({ sla_days: 7, effective_sla_days: 7 })).toEqual({ days: 7, inherited: false });
    expect(daysOf({ sla_days: null, effective_sla_days: 20 })).toEqual({ days: 20, inherited: true });
  });
});

describe('suggestCode', () => {
  it('makes a code of lower-case words joined by _', () => {
    expect(suggestCode('Export control')).toBe('export_control');
    expect(suggestCode('  Visas & relocation (EU)  ')).toBe('visas_and_relocation_eu');
    expect(suggestCode('Café meetings')).toBe('cafe_meetings');
    expect(suggestCode('3D printing')).toBe('d_printing');
  });

  it('keeps within 40 characters without a trailing _', () => {
    const code = suggestCode('Very long name of a subtype that goes on and on and on');
    expect(code.length).toBeLessThanOrEqual(40);
    expect(code.endsWith('_')).toBe(false);
  });

  it('suggests nothing where no valid code comes out', () => {
    expect(suggestCode('')).toBe('');
    expect(suggestCode('Ё')).toBe('');
    expect(suggestCode('x')).toBe('');
  });
});

describe('typePatch', () => {
  const sub = type('dispute', 'legal', { name_en: 'Dispute', name_ru: 'Спор', effective_sla_days: 20 });
  const values = { code: 'dispute', name_en: 'Dispute', name_ru: 'Спор', sla_days: null };

  it('sends only what changed, names trimmed', () => {
    expect(typePatch(sub, values)).toEqual({});
    expect(typePatch(sub, { ...values, name_en: ' Disputes ' })).toEqual({ name_en: 'Disputes' });
    expect(typePatch(sub, { ...values, sla_days: 12 })).toEqual({ sla_days: 12 });
  });

  it('clears a subtype’s days with null, so it takes its type’s again', () => {
    expect(typePatch({ ...sub, sla_days: 12 }, values)).toEqual({ sla_days: null });
  });

  it('never clears the days of a type', () => {
    expect(
      typePatch(type('legal', null, { sla_days: 20 }), { ...values, sla_days: null }),
    ).not.toHaveProperty('sla_days');
  });
});
