import { describe, expect, it } from 'vitest';
import { testDeal } from './testDeal';
import { toWinFields, toWinValues, winFieldOf } from './winValues';

describe('win values', () => {
  it('starts from the deal’s value until the company confirmed its own', () => {
    const deal = testDeal({ value: { minor: 1500000, currency: 'USD' } });
    expect(toWinValues(deal)).toEqual({ amount: '15000', currency: 'USD', helped: undefined, how: '' });
    const confirmed = testDeal({
      value: { minor: 1500000, currency: 'USD' },
      win: {
        value: { minor: 1450000, currency: 'USD' },
        helped: true,
        how: 'Met the buyer at the mission',
        confirmed_by: null,
        confirmed_at: null,
      },
    });
    expect(toWinValues(confirmed)).toEqual({
      amount: '14500',
      currency: 'USD',
      helped: true,
      how: 'Met the buyer at the mission',
    });
  });

  it('sends how the service helped only when it did', () => {
    expect(toWinFields({ amount: '14 500', currency: 'USD', helped: true, how: ' At the mission ' })).toEqual(
      {
        value: { minor: 1450000, currency: 'USD' },
        helped: true,
        how: 'At the mission',
      },
    );
    expect(toWinFields({ amount: '14500', currency: 'USD', helped: false, how: 'left over' })).toEqual({
      value: { minor: 1450000, currency: 'USD' },
      helped: false,
    });
  });

  it('sends nothing while the amount does not read', () => {
    expect(toWinFields({ amount: '', currency: 'USD', helped: true })).toBeNull();
  });

  it('puts the value’s errors on the amount', () => {
    expect(winFieldOf('/value')).toBe('amount');
    expect(winFieldOf('/value/currency')).toBe('currency');
    expect(winFieldOf('/how')).toBe('how');
  });
});
