import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/types';
import {
  fieldProblems,
  pointerToField,
  toFields,
  toPatch,
  toValues,
  visibleFields,
  type OrganisationValues,
} from './formValues';
import type { Organisation } from './types';

const hub: Organisation = {
  id: 7,
  kind: 'it_hub',
  name_ru: 'Цифровой хаб',
  name_en: 'Digital Hub',
  country: 'AE',
  inn: null,
  ogrn: null,
  website: 'https://hub.example.ae',
  size_band: 'small',
  hq_region: null,
  description_ru: '',
  description_en: 'A hub.',
  accredited: false,
  accreditation_number: null,
  accreditation_date: null,
  sectors: ['dat.bi'],
  parent_id: null,
  markets: [{ country: 'VN', status: 'interested', since: '2024-03-01', note: '' }],
  hub_services: ['offices'],
  hub_operator_id: 3,
  residents: [{ organisation_id: 5, since: null }],
  solution_count: 0,
  contact_count: 0,
  version: 4,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-02T00:00:00Z',
};

describe('toFields', () => {
  it('sends an organisation as it was loaded back unchanged', () => {
    const fields = toFields(toValues(hub));
    expect(fields).toMatchObject({
      kind: 'it_hub',
      country: 'AE',
      inn: null,
      markets: [{ country: 'VN', status: 'interested', since: '2024-03-01', note: '' }],
      hub_services: ['offices'],
      hub_operator_id: 3,
      residents: [{ organisation_id: 5, since: null }],
    });
  });

  it('trims texts, upper-cases codes and formats dates', () => {
    const values: OrganisationValues = {
      ...toValues(),
      name_ru: '  ООО «Ромашка» ',
      inn: ' 7707083893 ',
      hq_region: 'ru-mow',
      accredited: true,
      accreditation_number: ' 12345 ',
      accreditation_date: dayjs('2023-04-05'),
      markets: [{ country: 'vn', status: 'exporting', since: dayjs('2022-01-31'), note: ' ok ' }],
    };
    expect(toFields(values)).toMatchObject({
      name_ru: 'ООО «Ромашка»',
      inn: '7707083893',
      hq_region: 'RU-MOW',
      accredited: true,
      accreditation_number: '12345',
      accreditation_date: '2023-04-05',
      markets: [{ country: 'VN', status: 'exporting', since: '2022-01-31', note: 'ok' }],
    });
  });

  it('empties what the form hides for the kind and country', () => {
    const values: OrganisationValues = {
      ...toValues(hub),
      kind: 'foreign_company',
      inn: '7707083893',
      accredited: true,
      accreditation_number: '1',
    };
    expect(toFields(values)).toMatchObject({
      inn: null,
      accredited: false,
      accreditation_number: null,
      hub_services: [],
      hub_operator_id: null,
      residents: [],
    });
  });
});

describe('toPatch', () => {
  it('is empty when nothing changed', () => {
    expect(toPatch(hub, toValues(hub))).toEqual({});
  });

  it('holds only the changed fields, a changed list whole, null for a cleared value', () => {
    const values = toValues(hub);
    values.name_en = 'Digital Hub Dubai';
    values.size_band = undefined;
    values.markets = [...(values.markets ?? []), { country: 'IN', status: 'exporting', note: '' }];
    expect(toPatch(hub, values)).toEqual({
      name_en: 'Digital Hub Dubai',
      size_band: null,
      markets: [
        { country: 'VN', status: 'interested', since: '2024-03-01', note: '' },
        { country: 'IN', status: 'exporting', since: null, note: '' },
      ],
    });
  });

  it('clears the hub fields when a hub becomes something else', () => {
    const values = { ...toValues(hub), kind: 'association' as const };
    expect(toPatch(hub, values)).toEqual({
      kind: 'association',
      hub_services: [],
      hub_operator_id: null,
      residents: [],
    });
  });
});

describe('visibleFields', () => {
  it('shows INN and OGRN only for Russia, accreditation only for domestic companies, hub fields only for hubs', () => {
    expect(visibleFields('domestic_company', 'RU')).toEqual(expect.arrayContaining(['inn', 'accredited']));
    expect(visibleFields('domestic_company', 'RU')).not.toContain('residents');
    expect(visibleFields('foreign_company', 'VN')).not.toContain('inn');
    expect(visibleFields('university', 'RU')).not.toContain('accredited');
    expect(visibleFields('it_hub', 'AE')).toEqual(expect.arrayContaining(['hub_services', 'residents']));
  });
});

describe('pointerToField', () => {
  const shown = visibleFields('it_hub', 'RU');

  it('maps a top-level pointer to its field', () => {
    expect(pointerToField('/name_ru', shown)).toEqual(['name_ru']);
  });

  it('maps nested pointers to Form.List rows, indexes as numbers', () => {
    expect(pointerToField('/markets/0/country', shown)).toEqual(['markets', 0, 'country']);
    expect(pointerToField('/residents/12/organisation_id', shown)).toEqual([
      'residents',
      12,
      'organisation_id',
    ]);
  });

  it('gives null for fields the form does not show, and for no pointer', () => {
    expect(pointerToField('/accreditation_number', visibleFields('foreign_company', 'VN'))).toBeNull();
    expect(pointerToField('/duplicate_id', shown)).toBeNull();
    expect(pointerToField(undefined, shown)).toBeNull();
    expect(pointerToField('', shown)).toBeNull();
  });
});

describe('fieldProblems', () => {
  it('groups messages by field and keeps the rest apart', () => {
    const problem: Problem = {
      type: '/problems/validation',
      title: 'Invalid',
      status: 422,
      errors: [
        { pointer: '/markets/1/country', message: 'There is no country QQ.' },
        { pointer: '/markets/1/country', message: 'Listed twice.' },
        { pointer: '/inn', message: 'Not a valid INN.' },
        { pointer: '/residents', message: 'Only for an IT hub.' },
        { parameter: 'allow_duplicate', message: 'Must be true or false.' },
      ],
    };
    const { fields, other } = fieldProblems(problem, visibleFields('domestic_company', 'RU'));
    expect(fields).toEqual([
      { name: ['markets', 1, 'country'], errors: ['There is no country QQ.', 'Listed twice.'] },
      { name: ['inn'], errors: ['Not a valid INN.'] },
    ]);
    expect(other.map((error) => error.message)).toEqual(['Only for an IT hub.', 'Must be true or false.']);
  });
});
