import { isOneOf } from '../organisations/vocabulary';
import { parseListQuery, toSearchParams, withFilters, type Assignee, type Filters } from './listQuery';
import type { ApiReportQuery, RequestsReportRow } from './types';

/**
 * The state of the requests report, kept in the URL like the queue's: the period of filing,
 * the countries, the type, and how the rows are grouped.
 */
export const REPORT_GROUPS = ['country', 'type', 'assignee'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export interface ReportFilters {
  /** First and last day of filing, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  countries: string[];
  /** A type (with its subtypes) or a subtype. */
  type: string | undefined;
  group: ReportGroup;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNTRY = /^[A-Z]{2}$/;
const TYPE = /^[a-z][a-z0-9_]{0,39}$/;

/** The year `today` falls in, the report's period unless the URL says otherwise. */
export function currentYear(today: Date): { from: string; to: string } {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function countriesOf(value: string | null): string[] {
  const codes = (value ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
  return [...new Set(codes)].sort();
}

/** Reads the report's state from a query string; anything malformed falls back to the defaults. */
export function parseReportQuery(params: URLSearchParams, today: Date): ReportFilters {
  const year = currentYear(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const type = (params.get('type') ?? '').trim();
  const group = params.get('group') ?? '';
  const period = DATE.test(from) && DATE.test(to) && from <= to ? { from, to } : year;
  return {
    ...period,
    countries: countriesOf(params.get('country')),
    type: TYPE.test(type) ? type : undefined,
    group: isOneOf(group, REPORT_GROUPS) ? group : 'country',
  };
}

/** Writes the report's state as a query string, leaving out the defaults. */
export function toReportSearchParams(filters: ReportFilters, today: Date): URLSearchParams {
  const params = new URLSearchParams();
  const year = currentYear(today);
  if (filters.from !== year.from || filters.to !== year.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  }
  if (filters.countries.length > 0) params.set('country', filters.countries.join(','));
  if (filters.type) params.set('type', filters.type);
  if (filters.group !== 'country') params.set('group', filters.group);
  return params;
}

/**
 * The parameters of GET /api/v1/reports/requests for these filters, grouped by `group` (a
 * comma-separated list of dimensions); without it, only the total.
 */
export function toReportApiQuery(filters: ReportFilters, group?: string): ApiReportQuery {
  const query: ApiReportQuery = { from: filters.from, to: filters.to };
  if (filters.countries.length > 0) query.country = filters.countries.join(',');
  if (filters.type) query.type = filters.type;
  if (group) query.group = group;
  return query;
}

/** The counts of a row that the queue can list: by status, or open and past due. */
export const MEASURES = ['filed', 'open', 'overdue', 'resolved', 'declined', 'cancelled'] as const;
export type Measure = (typeof MEASURES)[number];

/** What a row of the report stands for: the values of the dimensions it was grouped by. */
export interface RowKey {
  country?: string;
  type?: string;
  assignee?: Assignee;
}

/** The dimensions of a row as the queue's filters name them; an unassigned row is `none`. */
export function rowKey(row: RequestsReportRow): RowKey {
  const key: RowKey = {};
  if (row.country !== undefined) key.country = row.country;
  if (row.type !== undefined) key.type = row.type;
  if (row.assignee !== undefined) key.assignee = row.assignee === null ? 'none' : row.assignee.id;
  return key;
}

const MEASURE_FILTERS: Record<Measure, Partial<Filters>> = {
  filed: {},
  open: { statuses: ['open'] },
  overdue: { overdue: true },
  resolved: { statuses: ['resolved'] },
  declined: { statuses: ['declined'] },
  cancelled: { statuses: ['cancelled'] },
};

/**
 * The queue filtered to the requests behind one number of the report: the row's country, type
 * and assignee within the report's own filters, and the status the number counts. The queue
 * has no period of filing, so it lists such requests of every period.
 */
export function drillDownUrl(filters: ReportFilters, key: RowKey, measure: Measure): string {
  const change: Partial<Filters> = {
    ...MEASURE_FILTERS[measure],
    countries: key.country ? [key.country] : filters.countries,
    // The report's type is the narrower one: a row's type is the parent of a chosen subtype.
    type: filters.type ?? key.type,
    assignee: key.assignee,
  };
  const query = withFilters(parseListQuery(new URLSearchParams()), change);
  const search = toSearchParams(query).toString();
  return search ? `/requests?${search}` : '/requests';
}
