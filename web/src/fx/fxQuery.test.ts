import { describe, expect, it } from 'vitest';
import { hasRateFilters, parseRateFilters, toRateSearchParams, toRatesApiQuery } from './fxQuery';

describe('the rates filters in the URL', () => {
  it('read a currency and a period, and leave out what is malformed', () => {
    expect(parseRateFilters(new URLSearchParams('currency=usd&from=2026-11-01&to=2026-13-01'))).toEqual({
      currency: 'USD',
      from: '2026-11-01',
      to: undefined,
    });
    expect(parseRateFilters(new URLSearchParams('currency=US'))).toEqual({
      currency: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('write only what is set', () => {
    const filters = { currency: 'VND', from: undefined, to: '2026-11-30' };
    expect(toRateSearchParams(filters).toString()).toBe('currency=VND&to=2026-11-30');
    expect(hasRateFilters(filters)).toBe(true);
    expect(hasRateFilters({ currency: undefined, from: undefined, to: undefined })).toBe(false);
  });

  it('make the API query of a page', () => {
    expect(toRatesApiQuery({ currency: 'USD', from: '2026-11-01', to: undefined }, 50, 'abc')).toEqual({
      limit: 50,
      currency: 'USD',
      from: '2026-11-01',
      cursor: 'abc',
    });
    expect(toRatesApiQuery({ currency: undefined, from: undefined, to: undefined }, 50, undefined)).toEqual({
      limit: 50,
    });
  });
});
