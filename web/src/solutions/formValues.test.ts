import { describe, expect, it } from 'vitest';
import {
  certificationNames,
  languageCodes,
  toFields,
  toPatch,
  toValues,
  type SolutionValues,
} from './formValues';
import { deployedAbroad, yearProblem } from './formRules';
import type { Solution } from './types';

const solution: Solution = {
  id: 4,
  organisation_id: 10,
  organisation: {
    id: 10,
    name_ru: 'ИнфоВотч',
    name_en: 'InfoWatch',
    country: 'RU',
    accredited: true,
    website: 'https://www.infowatch.ru',
  },
  name_ru: 'Защита от утечек данных',
  name_en: 'Data leak prevention',
  description_ru: '',
  description_en: 'DLP.',
  kind: 'software',
  main_class: 'isc.dlp',
  classes: ['dat.bi'],
  maturity: 'stable',
  interface_languages: ['ru', 'en'],
  references: [{ country: 'AE', customer: 'A bank', year: 2022, scale: '' }],
  certifications: ['FSTEC'],
  registry_number: null,
  licence_model: 'subscription',
  export_readiness: 3,
  published: true,
  version: 2,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
};

describe('toValues', () => {
  it('starts a new solution for the owner it was opened from', () => {
    expect(toValues(undefined, 7)).toMatchObject({
      organisation_id: 7,
      kind: 'software',
      export_readiness: 0,
      published: false,
      references: [],
    });
    expect(toValues().organisation_id).toBeNull();
  });

  it('reads an existing solution back into the same fields', () => {
    expect(toFields(toValues(solution))).toEqual({
      organisation_id: 10,
      name_ru: 'Защита от утечек данных',
      name_en: 'Data leak prevention',
      description_ru: '',
      description_en: 'DLP.',
      kind: 'software',
      main_class: 'isc.dlp',
      classes: ['dat.bi'],
      maturity: 'stable',
      interface_languages: ['ru', 'en'],
      references: [{ country: 'AE', customer: 'A bank', year: 2022, scale: '' }],
      certifications: ['FSTEC'],
      registry_number: null,
      licence_model: 'subscription',
      export_readiness: 3,
      published: true,
    });
  });
});

describe('toFields', () => {
  it('trims, normalises and drops what the server would refuse or ignore', () => {
    const values: SolutionValues = {
      organisation_id: 3,
      name_en: '  Mapper ',
      kind: 'hardware_software',
      main_class: 'geo.gis',
      classes: ['geo.gis', 'sct.agriculture', 'sct.agriculture'],
      maturity: 'beta',
      interface_languages: [' VI', 'ru', 'vi'],
      references: [{ country: 'vn', customer: ' Lam Dong ', year: undefined, scale: '' }],
      certifications: [' ISO 27001 ', '', 'ISO 27001'],
      registry_number: '  ',
      export_readiness: 3,
    };
    expect(toFields(values)).toMatchObject({
      name_en: 'Mapper',
      name_ru: '',
      classes: ['sct.agriculture'],
      interface_languages: ['vi', 'ru'],
      references: [{ country: 'VN', customer: 'Lam Dong', year: null, scale: '' }],
      certifications: ['ISO 27001'],
      registry_number: null,
      licence_model: null,
      published: false,
    });
  });

  it('keeps codes and names in the order given', () => {
    expect(languageCodes(['EN', 'ru', 'en'])).toEqual(['en', 'ru']);
    expect(certificationNames(['b', 'a', ' b '])).toEqual(['b', 'a']);
  });
});

describe('toPatch', () => {
  it('is empty when nothing changed', () => {
    expect(toPatch(solution, toValues(solution))).toEqual({});
  });

  it('sends only the changed fields, lists whole', () => {
    const values = toValues(solution);
    values.published = false;
    values.references = [
      ...(values.references ?? []),
      { country: 'VN', customer: '', year: 2024, scale: '' },
    ];
    expect(toPatch(solution, values)).toEqual({
      published: false,
      references: [
        { country: 'AE', customer: 'A bank', year: 2022, scale: '' },
        { country: 'VN', customer: '', year: 2024, scale: '' },
      ],
    });
  });
});

describe('readiness and deployments', () => {
  it('counts only deployments outside Russia as proof of export', () => {
    expect(deployedAbroad([])).toBe(false);
    expect(deployedAbroad([{ country: 'RU' }, { country: '' }, {}])).toBe(false);
    expect(deployedAbroad([{ country: 'ru' }, { country: 'kz' }])).toBe(true);
  });

  it('takes deployment years from 1991 to this year', () => {
    expect(yearProblem(null, 2026)).toBeNull();
    expect(yearProblem(1991, 2026)).toBeNull();
    expect(yearProblem(2026, 2026)).toBeNull();
    expect(yearProblem(1990, 2026)).toBe('early');
    expect(yearProblem(2027, 2026)).toBe('future');
  });
});
