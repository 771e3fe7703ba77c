import { describe, expect, it } from 'vitest';
import { requestTypeName, requestTypePath, typeMatches, typeTree } from './typeTree';
import type { RequestType } from './types';

const type = (code: string, parent: string | null, name_en: string, name_ru: string, archived = false) =>
  ({
    code,
    parent,
    name_en,
    name_ru,
    sla_days: parent ? null : 10,
    effective_sla_days: 10,
    archived,
    version: 1,
  }) satisfies RequestType;

const CATALOGUE: RequestType[] = [
  type('consulting', null, 'Consulting', 'Консультационная поддержка'),
  type('tender_support', 'consulting', 'Tender support', 'Сопровождение тендера'),
  type('old_advice', 'consulting', 'Old advice', 'Старое', true),
  type('legal', null, 'Legal support', ''),
  type('dispute', 'legal', 'Dispute resolution', 'Урегулирование споров'),
  type('information', null, 'Information and analytics', 'Информационно-аналитическая поддержка'),
];

describe('typeTree', () => {
  it('puts each subtype under its type, in the catalogue order, without archived ones', () => {
    expect(
      typeTree(CATALOGUE, 'en').map((node) => [node.value, node.children?.map((sub) => sub.value)]),
    ).toEqual([
      ['consulting', ['tender_support']],
      ['legal', ['dispute']],
      ['information', undefined],
    ]);
  });

  it('names them in the reader language, falling back to the other', () => {
    const [consulting, legal] = typeTree(CATALOGUE, 'ru');
    expect(consulting?.title).toBe('Консультационная поддержка');
    expect(consulting?.children?.[0]?.title).toBe('Сопровождение тендера');
    expect(legal?.title).toBe('Legal support');
  });

  it('keeps the archived subtype a request was filed under', () => {
    const [consulting] = typeTree(CATALOGUE, 'en', 'old_advice');
    expect(consulting?.children?.map((sub) => sub.value)).toEqual(['tender_support', 'old_advice']);
  });

  it('is empty before the catalogue loads', () => {
    expect(typeTree(undefined, 'en')).toEqual([]);
  });

  it('matches a search in either language or by code', () => {
    const [consulting] = typeTree(CATALOGUE, 'en');
    const tender = consulting!.children![0]!;
    expect(typeMatches('ТЕНДЕР', tender)).toBe(true);
    expect(typeMatches('tender_s', tender)).toBe(true);
    expect(typeMatches('visa', tender)).toBe(false);
    expect(typeMatches(' ', tender)).toBe(true);
  });
});

describe('request type names', () => {
  const filed = {
    type: 'tender_support',
    type_name_en: 'Tender support',
    type_name_ru: 'Сопровождение тендера',
    parent_type: 'consulting' as const,
  };

  it('names the type, falling back to the other language and then the code', () => {
    expect(requestTypeName(filed, 'ru')).toBe('Сопровождение тендера');
    expect(requestTypeName({ ...filed, type_name_en: '' }, 'en')).toBe('Сопровождение тендера');
    expect(requestTypeName({ ...filed, type_name_en: '', type_name_ru: '' }, 'en')).toBe('tender_support');
  });

  it('leads a subtype with its type', () => {
    expect(requestTypePath(filed, CATALOGUE, 'en')).toBe('Consulting › Tender support');
    expect(requestTypePath(filed, undefined, 'en')).toBe('Tender support');
    expect(
      requestTypePath(
        { type: 'legal', type_name_en: 'Legal support', type_name_ru: '', parent_type: 'legal' },
        CATALOGUE,
        'ru',
      ),
    ).toBe('Legal support');
  });
});
