import { isOneOf } from '../organisations/vocabulary';
import { DEAL_CATEGORIES } from './stages';
import type { ApiPipelineQuery, ApiWinsQuery, DealCategory } from './types';

/**
 * The state of the deals report, kept in the URL: the pipeline or the export wins, the
 * countries and categories, the currency sums are shown in, how the rows are grouped, and the
 * wins' period of signature.
 */
export const REPORT_TABS = ['pipeline', 'wins'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** The currencies the server sums in: kopecks and cents. */
export const REPORT_CURRENCIES = ['RUB', 'USD'] as const;
export type ReportCurrency = (typeof REPORT_CURRENCIES)[number];

export const PIPELINE_GROUPS = ['stage', 'country'] as const;
export type PipelineGroup = (typeof PIPELINE_GROUPS)[number];

export const WINS_GROUPS = ['year', 'country', 'category'] as const;
export type WinsGroup = (typeof WINS_GROUPS)[number];

export interface ReportState {
  tab: ReportTab;
  countries: string[];
  categories: DealCategory[];
  currency: ReportCurrency;
  pipelineGroup: PipelineGroup;
  winsGroup: WinsGroup;
  /** Contracts signed on or after, on or before (YYYY-MM-DD); both or neither: every year. */
  from: string | undefined;
  to: string | undefined;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNTRY = /^[A-Z]{2}$/;

function countriesOf(value: string | null): string[] {
  const codes = (value ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
  return [...new Set(codes)].sort();
}

function categoriesOf(value: string | null): DealCategory[] {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is DealCategory => isOneOf(item, DEAL_CATEGORIES));
  return [...new Set(items)].sort((a, b) => DEAL_CATEGORIES.indexOf(a) - DEAL_CATEGORIES.indexOf(b));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && isOneOf(value, allowed) ? value : fallback;
}

/** Reads the report's state from a query string; anything malformed falls back to the defaults. */
export function parseReportState(params: URLSearchParams): ReportState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = DATE.test(from) && DATE.test(to) && from <= to;
  return {
    tab: oneOf(params.get('tab'), REPORT_TABS, 'pipeline'),
    countries: countriesOf(params.get('country')),
    categories: categoriesOf(params.get('category')),
    currency: oneOf(params.get('currency'), REPORT_CURRENCIES, 'RUB'),
    pipelineGroup: oneOf(params.get('pipeline'), PIPELINE_GROUPS, 'stage'),
    winsGroup: oneOf(params.get('wins'), WINS_GROUPS, 'year'),
    from: period ? from : undefined,
    to: period ? to : undefined,
  };
}

/** Writes the report's state as a query string, leaving out the defaults. */
export function toReportSearchParams(state: ReportState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== 'pipeline') params.set('tab', state.tab);
  if (state.countries.length > 0) params.set('country', state.countries.join(','));
  if (state.categories.length > 0) params.set('category', state.categories.join(','));
  if (state.currency !== 'RUB') params.set('currency', state.currency);
  if (state.pipelineGroup !== 'stage') params.set('pipeline', state.pipelineGroup);
  if (state.winsGroup !== 'year') params.set('wins', state.winsGroup);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  return params;
}

/** Whether the countries or categories narrow the report (the period is the wins' own). */
export function isFiltered(state: ReportState): boolean {
  return state.countries.length > 0 || state.categories.length > 0;
}

/** GET /api/v1/reports/pipeline for this state, grouped by `group` (comma-separated); without it, the total. */
export function toPipelineQuery(state: ReportState, group?: string): ApiPipelineQuery {
  const query: ApiPipelineQuery = {};
  if (state.countries.length > 0) query.country = state.countries.join(',');
  if (state.categories.length > 0) query.category = state.categories.join(',');
  if (group) query.group = group;
  return query;
}

/** GET /api/v1/reports/wins for this state, grouped by `group`; without it, the total. */
export function toWinsQuery(state: ReportState, group?: string): ApiWinsQuery {
  const query: ApiWinsQuery = {};
  if (state.countries.length > 0) query.country = state.countries.join(',');
  if (state.categories.length > 0) query.category = state.categories.join(',');
  if (state.from && state.to) {
    query.from = state.from;
    query.to = state.to;
  }
  if (group) query.group = group;
  return query;
}
