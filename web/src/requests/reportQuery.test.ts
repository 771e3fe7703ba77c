import { describe, expect, it } from 'vitest';
import {
  currentYear,
  drillDownUrl,
  parseReportQuery,
  rowKey,
  toReportApiQuery,
  toReportSearchParams,
  type ReportFilters,
} from './reportQuery';
import type { RequestsReportRow } from './types';

const today = new Date(2026, 10, 22);
const counts = {
  filed: 3,
  open: 1,
  overdue: 1,
  resolved: 2,
  declined: 0,
  cancelled: 0,
  resolved_on_time: 1,
  sla_compliance: 0.5,
  median_resolution_seconds: 3600,
};
const defaults: ReportFilters = {
  from: '2026-01-01',
  to: '2026-12-31',
  countries: [],
  type: undefined,
  group: 'country',
};

describe('the report in the URL', () => {
  it('defaults to the current year, grouped by country', () => {
    expect(currentYear(today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parseReportQuery(new URLSearchParams(), today)).toEqual(defaults);
    expect(toReportSearchParams(defaults, today).toString()).toBe('');
  });

  it('reads and writes the period, countries, type and grouping', () => {
    const params = new URLSearchParams(
      'from=2025-04-01&to=2025-06-30&country=tr,VN,xx1&type=legal&group=assignee',
    );
    const filters = parseReportQuery(params, today);
    expect(filters).toEqual({
      from: '2025-04-01',
      to: '2025-06-30',
      countries: ['TR', 'VN'],
      type: 'legal',
      group: 'assignee',
    });
    expect(toReportSearchParams(filters, today).toString()).toBe(
      'from=2025-04-01&to=2025-06-30&country=TR%2CVN&type=legal&group=assignee',
    );
  });

  it('falls back on a malformed or reversed period and an unknown grouping', () => {
    expect(parseReportQuery(new URLSearchParams('from=2026-02-30x&to=2026-03-01'), today).from).toBe(
      '2026-01-01',
    );
    expect(parseReportQuery(new URLSearchParams('from=2026-05-01&to=2026-04-01'), today).to).toBe(
      '2026-12-31',
    );
    expect(parseReportQuery(new URLSearchParams('group=company&type=Bad Type'), today)).toMatchObject({
      group: 'country',
      type: undefined,
    });
  });

  it('asks the API for the rows of a grouping, or for the total alone', () => {
    const filters = { ...defaults, countries: ['TR', 'VN'], type: 'tender_support' };
    expect(toReportApiQuery(filters)).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      country: 'TR,VN',
      type: 'tender_support',
    });
    expect(toReportApiQuery(defaults, 'country,type')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      group: 'country,type',
    });
  });
});

describe('rowKey', () => {
  it('names a row by the dimensions it was grouped by', () => {
    expect(rowKey({ ...counts, country: 'VN', type: 'legal' })).toEqual({ country: 'VN', type: 'legal' });
    expect(rowKey({ ...counts, assignee: { id: 4, display_name: 'Attaché' } })).toEqual({ assignee: 4 });
    expect(rowKey({ ...counts, assignee: null })).toEqual({ assignee: 'none' });
    expect(rowKey(counts)).toEqual({});
  });
});

describe('drillDownUrl', () => {
  const row = (extra: Partial<RequestsReportRow>): RequestsReportRow => ({ ...counts, ...extra });

  it('opens the queue on the row with the status its number counts', () => {
    expect(drillDownUrl(defaults, rowKey(row({ country: 'VN' })), 'open')).toBe(
      '/requests?country=VN&status=open',
    );
    expect(drillDownUrl(defaults, rowKey(row({ country: 'VN', type: 'legal' })), 'overdue')).toBe(
      '/requests?country=VN&type=legal&overdue=true',
    );
    expect(drillDownUrl(defaults, rowKey(row({ type: 'consulting' })), 'resolved')).toBe(
      '/requests?status=resolved&type=consulting',
    );
    expect(drillDownUrl(defaults, rowKey(row({ assignee: null })), 'declined')).toBe(
      '/requests?status=declined&assignee=none',
    );
    expect(drillDownUrl(defaults, rowKey(row({ assignee: { id: 4, display_name: 'A' } })), 'filed')).toBe(
      '/requests?assignee=4',
    );
  });

  it('keeps the report’s own filters, the narrower type first', () => {
    const filters = { ...defaults, countries: ['TR', 'VN'], type: 'tender_support' };
    expect(drillDownUrl(filters, rowKey(row({ type: 'consulting' })), 'cancelled')).toBe(
      '/requests?country=TR%2CVN&status=cancelled&type=tender_support',
    );
    expect(drillDownUrl(filters, {}, 'filed')).toBe('/requests?country=TR%2CVN&type=tender_support');
    expect(drillDownUrl(defaults, {}, 'filed')).toBe('/requests');
  });
});
