import type { RequestsReportRow } from './types';

/**
 * The parts a group's requests split into, in the order the chart stacks them: resolved by
 * the due date, resolved after it, declined, cancelled, still open.
 */
export const SEGMENTS = ['on_time', 'late', 'declined', 'cancelled', 'open'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_COLORS: Record<Segment, string> = {
  on_time: '#52c41a',
  late: '#fa8c16',
  declined: '#ff4d4f',
  cancelled: '#bfbfbf',
  open: '#1668dc',
};

export function segmentsOf(row: RequestsReportRow): Record<Segment, number> {
  return {
    on_time: row.resolved_on_time,
    late: Math.max(0, row.resolved - row.resolved_on_time),
    declined: row.declined,
    cancelled: row.cancelled,
    open: row.open,
  };
}

/** A row of the report's table: a group, with the groups beneath it when it has any. */
export interface ReportTableRow extends RequestsReportRow {
  key: string;
  children?: ReportTableRow[];
}

/** A key that tells a row from the others of its report: its dimensions' values. */
export function rowId(row: RequestsReportRow): string {
  const parts: string[] = [];
  if (row.country !== undefined) parts.push(`c:${row.country}`);
  if (row.type !== undefined) parts.push(`t:${row.type}`);
  if (row.assignee !== undefined) parts.push(`a:${row.assignee?.id ?? 'none'}`);
  return parts.join('|') || 'total';
}

/** Most requests first; equal ones by their names, so the order does not jump between answers. */
export function sortRows<T extends RequestsReportRow>(
  rows: readonly T[],
  labelOf: (row: T) => string,
  language: string,
): T[] {
  return [...rows].sort((a, b) => b.filed - a.filed || labelOf(a).localeCompare(labelOf(b), language));
}

/**
 * The rows of one dimension with, beneath each, its rows of the finer grouping (a country and
 * its types), both sorted as sortRows does. A parent with a single child of the same counts
 * still shows it: it says which type the country's requests were.
 */
export function nestRows(
  parents: readonly RequestsReportRow[],
  children: readonly RequestsReportRow[],
  parentOf: (child: RequestsReportRow) => string | undefined,
  labelOf: (row: RequestsReportRow) => string,
  language: string,
): ReportTableRow[] {
  const byParent = new Map<string, ReportTableRow[]>();
  for (const child of children) {
    const parent = parentOf(child);
    if (parent === undefined) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), { ...child, key: rowId(child) }]);
  }
  return sortRows(parents, labelOf, language).map((row) => {
    const key = rowId(row);
    const nested = byParent.get(key);
    return nested ? { ...row, key, children: sortRows(nested, labelOf, language) } : { ...row, key };
  });
}

/** What the bar chart draws: a category per row and a stacked series per segment. */
export interface ChartData {
  categories: string[];
  series: { segment: Segment; data: number[] }[];
}

export function chartData(
  rows: readonly RequestsReportRow[],
  labelOf: (row: RequestsReportRow) => string,
): ChartData {
  const parts = rows.map(segmentsOf);
  return {
    categories: rows.map(labelOf),
    series: SEGMENTS.map((segment) => ({ segment, data: parts.map((part) => part[segment]) })),
  };
}

const ROW_HEIGHT = 30;
// Room for the legend above the bars and the value axis below them.
const FRAME_HEIGHT = 84;

/** The chart's height in pixels for `rows` groups: every bar as thick whatever their number. */
export function chartHeight(rows: number): number {
  return Math.max(3, rows) * ROW_HEIGHT + FRAME_HEIGHT;
}
