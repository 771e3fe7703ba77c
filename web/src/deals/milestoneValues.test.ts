import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { milestoneFieldOf, toMilestoneFields, toMilestonePatch, toMilestoneValues } from './milestoneValues';
import type { DealMilestone } from './types';

const payment: DealMilestone = {
  id: 7,
  deal_id: 1,
  kind: 'payment',
  title: 'Advance',
  due_on: '2027-01-10',
  done_on: null,
  amount: { minor: 500000, currency: 'USD' },
  version: 2,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-01T10:00:00Z',
};

describe('milestone values', () => {
  it('offers a new payment in the deal’s currency', () => {
    expect(toMilestoneValues(undefined, { value: { minor: 1, currency: 'EUR' } }).currency).toBe('EUR');
    expect(toMilestoneValues(undefined, { value: null }).currency).toBe('USD');
  });

  it('sends a payment with its amount, other kinds without one', () => {
    expect(
      toMilestoneFields({
        kind: 'payment',
        title: ' Advance ',
        due_on: dayjs('2027-01-10'),
        amount: '5000',
        currency: 'USD',
      }),
    ).toEqual({
      kind: 'payment',
      title: 'Advance',
      due_on: '2027-01-10',
      amount: { minor: 500000, currency: 'USD' },
    });
    expect(
      toMilestoneFields({
        kind: 'delivery',
        title: '',
        done_on: dayjs('2026-12-01'),
        amount: '5000',
        currency: 'USD',
      }),
    ).toEqual({ kind: 'delivery', title: '', done_on: '2026-12-01' });
  });

  it('patches only what changed', () => {
    const values = toMilestoneValues(payment, { value: null });
    expect(toMilestonePatch(payment, values)).toEqual({});
    expect(toMilestonePatch(payment, { ...values, done_on: dayjs('2027-01-09') })).toEqual({
      done_on: '2027-01-09',
    });
    expect(toMilestonePatch(payment, { ...values, amount: '4500.50' })).toEqual({
      amount: { minor: 450050, currency: 'USD' },
    });
    expect(toMilestonePatch(payment, { ...values, kind: 'acceptance' })).toEqual({
      kind: 'acceptance',
      amount: null,
    });
  });

  it('puts the amount’s currency error on the currency', () => {
    expect(milestoneFieldOf('/amount/currency')).toBe('currency');
    expect(milestoneFieldOf('/amount')).toBe('amount');
    expect(milestoneFieldOf('/due_on')).toBe('due_on');
  });
});
