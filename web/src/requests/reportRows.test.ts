import { describe, expect, it } from 'vitest';
import { chartData, chartHeight, nestRows, rowId, segmentsOf, sortRows, SEGMENTS } from './reportRows';
import type { RequestsReportRow } from './types';

const row = (extra: Partial<RequestsReportRow>): RequestsReportRow => ({
  filed: 0,
  open: 0,
  overdue: 0,
  resolved: 0,
  declined: 0,
  cancelled: 0,
  resolved_on_time: 0,
  sla_compliance: null,
  median_resolution_seconds: null,
  ...extra,
});
const label = (each: RequestsReportRow) => each.type ?? each.country ?? each.assignee?.display_name ?? '—';

describe('segmentsOf', () => {
  it('splits a group into on time, late, declined, cancelled and open', () => {
    expect(
      segmentsOf(row({ filed: 10, resolved: 5, resolved_on_time: 3, declined: 1, cancelled: 1, open: 3 })),
    ).toEqual({ on_time: 3, late: 2, declined: 1, cancelled: 1, open: 3 });
  });
});

describe('chartData', () => {
  it('gives a category per row and a stacked series per segment, in order', () => {
    const data = chartData(
      [
        row({ country: 'VN', resolved: 2, resolved_on_time: 1, open: 4 }),
        row({ country: 'TR', declined: 1 }),
      ],
      label,
    );
    expect(data.categories).toEqual(['VN', 'TR']);
    expect(data.series.map((series) => series.segment)).toEqual([...SEGMENTS]);
    expect(Object.fromEntries(data.series.map((series) => [series.segment, series.data]))).toEqual({
      on_time: [1, 0],
      late: [1, 0],
      declined: [0, 1],
      cancelled: [0, 0],
      open: [4, 0],
    });
  });

  it('draws nothing for no rows', () => {
    expect(chartData([], label)).toEqual({
      categories: [],
      series: SEGMENTS.map((segment) => ({ segment, data: [] })),
    });
  });
});

describe('sortRows and nestRows', () => {
  it('put the groups with most requests first, equal ones by name', () => {
    const rows = [
      row({ country: 'TR', filed: 1 }),
      row({ country: 'VN', filed: 5 }),
      row({ country: 'AE', filed: 1 }),
    ];
    expect(sortRows(rows, label, 'en').map(label)).toEqual(['VN', 'AE', 'TR']);
  });

  it('place each country’s types beneath it', () => {
    const nested = nestRows(
      [row({ country: 'TR', filed: 1 }), row({ country: 'VN', filed: 3 })],
      [
        row({ country: 'VN', type: 'legal', filed: 1 }),
        row({ country: 'VN', type: 'consulting', filed: 2 }),
        row({ country: 'TR', type: 'legal', filed: 1 }),
        row({ country: 'KZ', type: 'legal', filed: 1 }),
      ],
      (child) => `c:${child.country}`,
      label,
      'en',
    );
    expect(nested.map((each) => each.key)).toEqual(['c:VN', 'c:TR']);
    expect(nested[0]?.children?.map((each) => each.key)).toEqual(['c:VN|t:consulting', 'c:VN|t:legal']);
    expect(nested[1]?.children?.map((each) => each.key)).toEqual(['c:TR|t:legal']);
  });

  it('leave a row without finer rows childless', () => {
    const [only] = nestRows([row({ country: 'VN' })], [], () => undefined, label, 'en');
    expect(only).toMatchObject({ key: 'c:VN' });
    expect(only?.children).toBeUndefined();
  });
});

describe('rowId', () => {
  it('tells rows apart by their dimensions', () => {
    expect(rowId(row({ assignee: null }))).toBe('a:none');
    expect(rowId(row({ assignee: { id: 7, display_name: 'X' } }))).toBe('a:7');
    expect(rowId(row({}))).toBe('total');
  });
});

describe('chartHeight', () => {
  it('grows with the groups and keeps room for a few', () => {
    expect(chartHeight(0)).toBe(chartHeight(3));
    expect(chartHeight(10)).toBeGreaterThan(chartHeight(3));
  });
});
