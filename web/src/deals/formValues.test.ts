import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formFieldOf, toFields, toPatch, toValues, valueOf } from './formValues';
import { testDeal } from './testDeal';

describe('formFieldOf', () => {
  it('names the field a pointer of the body stands for', () => {
    expect(formFieldOf('/value')).toBe('amount');
    expect(formFieldOf('/value/minor')).toBe('amount');
    expect(formFieldOf('/value/currency')).toBe('currency');
    expect(formFieldOf('/expected_close_date')).toBe('expected_close_date');
    expect(formFieldOf('/solution_ids/0')).toBe('solution_ids');
    expect(formFieldOf('/milestones')).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});

describe('valueOf', () => {
  it('turns the typed amount into minor units of its currency', () => {
    expect(valueOf({ amount: '15 000,50', currency: 'USD' })).toEqual({ minor: 1500050, currency: 'USD' });
    expect(valueOf({ amount: '2500000', currency: 'vnd' })).toEqual({ minor: 2500000, currency: 'VND' });
  });

  it('is none for an empty amount, or one that does not read', () => {
    expect(valueOf({ amount: '  ', currency: 'USD' })).toBeNull();
    expect(valueOf({ amount: '12.345', currency: 'USD' })).toBeNull();
  });
});

describe('toFields', () => {
  it('sends what was filled in, the value in minor units, and leaves out the rest', () => {
    expect(
      toFields({
        ...toValues(undefined, 'VN'),
        organisation_id: 1,
        category: 'software',
        title: '  Anti-malware for a telecom operator ',
        amount: '15000',
        currency: 'USD',
        counterparty_id: 23,
        expected_close_date: dayjs('2027-03-01'),
        solution_ids: [4, 1, 4],
      }),
    ).toEqual({
      organisation_id: 1,
      country: 'VN',
      category: 'software',
      title: 'Anti-malware for a telecom operator',
      counterparty_id: 23,
      value: { minor: 1500000, currency: 'USD' },
      expected_close_date: '2027-03-01',
      solution_ids: [1, 4],
    });
  });
});

describe('toPatch', () => {
  const deal = testDeal({
    value: { minor: 1500000, currency: 'USD' },
    expected_close_date: '2027-03-01',
    solution_ids: [1],
    counterparty_id: 23,
  });

  it('is empty when nothing changed, the value read back as it was', () => {
    expect(toValues(deal).amount).toBe('15000');
    expect(toPatch(deal, toValues(deal))).toEqual({});
  });

  it('sends only what changed', () => {
    expect(
      toPatch(deal, {
        ...toValues(deal),
        amount: '14 500',
        contract_number: 'VN-2026-001',
        contract_date: dayjs('2026-11-20'),
        solution_ids: [1, 5],
      }),
    ).toEqual({
      value: { minor: 1450000, currency: 'USD' },
      contract_number: 'VN-2026-001',
      contract_date: '2026-11-20',
      solution_ids: [1, 5],
    });
  });

  it('clears what was emptied', () => {
    expect(
      toPatch(deal, { ...toValues(deal), amount: '', counterparty_id: null, expected_close_date: null }),
    ).toEqual({ value: null, counterparty_id: null, expected_close_date: null });
  });

  it('sends the value again when only its currency changed', () => {
    expect(toPatch(deal, { ...toValues(deal), currency: 'EUR' })).toEqual({
      value: { minor: 1500000, currency: 'EUR' },
    });
  });
});
