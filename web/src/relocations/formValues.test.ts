import { describe, expect, it } from 'vitest';
import { formFieldOf, toFields, toPatch, toValues } from './formValues';
import { testRelocation } from './testRelocation';

describe('formFieldOf', () => {
  it('names the field a pointer of the body stands for', () => {
    expect(formFieldOf('/investment')).toBe('amount');
    expect(formFieldOf('/investment/minor')).toBe('amount');
    expect(formFieldOf('/investment/currency')).toBe('currency');
    expect(formFieldOf('/region')).toBe('region');
    expect(formFieldOf('/owner_id')).toBe('owner_id');
    expect(formFieldOf('/to')).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});

describe('toFields', () => {
  it('sends what was filled in, the investment in minor units, and leaves out the rest', () => {
    expect(
      toFields({
        ...toValues(),
        organisation_id: 23,
        kind: 'rnd_centre',
        title: '  R&D centre in Kazan ',
        region: 'ru-ta',
        jobs: 200,
        amount: '5 000 000',
        currency: 'USD',
      }),
    ).toEqual({
      organisation_id: 23,
      kind: 'rnd_centre',
      title: 'R&D centre in Kazan',
      region: 'RU-TA',
      jobs: 200,
      investment: { minor: 500000000, currency: 'USD' },
    });
  });

  it('sends the country a company comes from only when one is chosen', () => {
    expect(
      toFields({ ...toValues(), organisation_id: 23, kind: 'licensing', title: 'T', from_country: 'th' }),
    ).toEqual({
      organisation_id: 23,
      kind: 'licensing',
      title: 'T',
      from_country: 'TH',
    });
  });
});

describe('toPatch', () => {
  it('is empty when nothing changed', () => {
    const relocation = testRelocation({
      region: 'RU-TA',
      jobs: 0,
      investment: { minor: 500000000, currency: 'USD' },
      notes: 'Innopolis',
    });
    expect(toPatch(relocation, toValues(relocation))).toEqual({});
  });

  it('sends what changed, a cleared region and jobs as null', () => {
    const relocation = testRelocation({ region: 'RU-TA', jobs: 150 });
    expect(
      toPatch(relocation, {
        ...toValues(relocation),
        region: '',
        jobs: null,
        owner_id: null,
        amount: '1000',
        currency: 'EUR',
        kind: 'production',
      }),
    ).toEqual({
      kind: 'production',
      region: null,
      jobs: null,
      investment: { minor: 100000, currency: 'EUR' },
      owner_id: null,
    });
  });
});
