import type { ApiFxRatesQuery } from './types';

/** The filters of the rates table, kept in the URL: a currency and a period of dates. */
export interface RateFilters {
  currency: string | undefined;
  /** First and last day, inclusive (YYYY-MM-DD). */
  from: string | undefined;
  to: string | undefined;
}

const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function parseRateFilters(params: URLSearchParams): RateFilters {
  const currency = (params.get('currency') ?? '').trim().toUpperCase();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    currency: CURRENCY.test(currency) ? currency : undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
}

export function toRateSearchParams(filters: RateFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.currency) params.set('currency', filters.currency);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

export function hasRateFilters(filters: RateFilters): boolean {
  return Boolean(filters.currency || filters.from || filters.to);
}

/** The parameters of GET /api/v1/fx/rates for a page of these filters. */
export function toRatesApiQuery(
  filters: RateFilters,
  limit: number,
  cursor: string | undefined,
): ApiFxRatesQuery {
  const query: ApiFxRatesQuery = { limit };
  if (filters.currency) query.currency = filters.currency;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (cursor) query.cursor = cursor;
  return query;
}
