import { currencyDigits, minorToDecimal } from '../fx/money';
import type { Money } from '../fx/types';
import type { PipelineGroup, ReportCurrency, WinsGroup } from './reportQuery';
import { DEAL_STAGES } from './stages';
import type { Amounts, DealStage, PipelineRow, WinsRow } from './types';

/** One of the server's sums (kopecks and cents) in the currency the report shows. */
export function amountIn(amounts: Amounts, currency: ReportCurrency): Money {
  return { minor: currency === 'RUB' ? amounts.rub : amounts.usd, currency };
}

/** Minor units as a number of major ones, for a chart's bars. */
export function majorUnits(money: Money): number {
  return Number(minorToDecimal(money.minor, currencyDigits(money.currency)));
}

const stageRank = (stage: DealStage | null) =>
  stage === null ? DEAL_STAGES.length : DEAL_STAGES.indexOf(stage);

/** A row of the pipeline's table: a stage or a country, with the other beneath it. */
export interface PipelineTableRow extends PipelineRow {
  key: string;
  children?: PipelineTableRow[];
}

export function pipelineRowId(row: PipelineRow): string {
  const parts: string[] = [];
  if (row.stage !== null) parts.push(`s:${row.stage}`);
  if (row.country !== null) parts.push(`c:${row.country}`);
  return parts.join('|') || 'total';
}

/**
 * Stages in the pipeline's order; countries biggest first (by value in roubles, then by the
 * number of deals), equal ones by name, so the order does not jump between answers.
 */
export function sortPipeline(
  rows: readonly PipelineRow[],
  by: PipelineGroup,
  labelOf: (row: PipelineRow) => string,
  language: string,
): PipelineRow[] {
  return [...rows].sort((a, b) =>
    by === 'stage'
      ? stageRank(a.stage) - stageRank(b.stage)
      : b.value.rub - a.value.rub || b.deals - a.deals || labelOf(a).localeCompare(labelOf(b), language),
  );
}

/**
 * The rows of the chosen grouping with, beneath each, the rows of the other dimension that
 * belong to it (a stage and its countries, or a country and its stages).
 */
export function nestPipeline(
  top: readonly PipelineRow[],
  detail: readonly PipelineRow[],
  group: PipelineGroup,
  labelOf: (row: PipelineRow) => string,
  language: string,
): PipelineTableRow[] {
  const other: PipelineGroup = group === 'stage' ? 'country' : 'stage';
  const parentOf = (row: PipelineRow) => (group === 'stage' ? `s:${row.stage}` : `c:${row.country}`);
  const byParent = new Map<string, PipelineRow[]>();
  for (const row of detail) byParent.set(parentOf(row), [...(byParent.get(parentOf(row)) ?? []), row]);
  return sortPipeline(top, group, labelOf, language).map((row) => {
    const key = pipelineRowId(row);
    const nested = byParent.get(key);
    if (!nested) return { ...row, key };
    const children = sortPipeline(nested, other, labelOf, language).map((child) => ({
      ...child,
      key: pipelineRowId(child),
    }));
    return { ...row, key, children };
  });
}

/** What a bar chart of sums draws: a category per row and a series per measure, in major units. */
export interface MoneyChartData<S extends string> {
  currency: ReportCurrency;
  categories: string[];
  series: { id: S; data: number[] }[];
}

export const PIPELINE_SERIES = ['value', 'weighted'] as const;
export type PipelineSeries = (typeof PIPELINE_SERIES)[number];

export function pipelineChart(
  rows: readonly PipelineRow[],
  currency: ReportCurrency,
  labelOf: (row: PipelineRow) => string,
): MoneyChartData<PipelineSeries> {
  return {
    currency,
    categories: rows.map(labelOf),
    series: PIPELINE_SERIES.map((id) => ({
      id,
      data: rows.map((row) => majorUnits(amountIn(row[id], currency))),
    })),
  };
}

/** Confirmed and unconfirmed together: what the contracts of a row are worth. */
export function winsTotal(row: WinsRow): Amounts {
  return {
    rub: row.confirmed.value.rub + row.unconfirmed.value.rub,
    usd: row.confirmed.value.usd + row.unconfirmed.value.usd,
  };
}

export interface WinsTableRow extends WinsRow {
  key: string;
}

export function winsRowId(row: WinsRow): string {
  const parts: string[] = [];
  if (row.year !== null) parts.push(`y:${row.year}`);
  if (row.country !== null) parts.push(`c:${row.country}`);
  if (row.category !== null) parts.push(`k:${row.category}`);
  return parts.join('|') || 'total';
}

/** Years in order; countries and categories biggest first, equal ones by name. */
export function sortWins(
  rows: readonly WinsRow[],
  by: WinsGroup,
  labelOf: (row: WinsRow) => string,
  language: string,
): WinsTableRow[] {
  return [...rows]
    .sort((a, b) =>
      by === 'year'
        ? (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER)
        : winsTotal(b).rub - winsTotal(a).rub ||
          b.confirmed.deals + b.unconfirmed.deals - (a.confirmed.deals + a.unconfirmed.deals) ||
          labelOf(a).localeCompare(labelOf(b), language),
    )
    .map((row) => ({ ...row, key: winsRowId(row) }));
}

export const WINS_SERIES = ['confirmed', 'unconfirmed'] as const;
export type WinsSeries = (typeof WINS_SERIES)[number];

export function winsChart(
  rows: readonly WinsRow[],
  currency: ReportCurrency,
  labelOf: (row: WinsRow) => string,
): MoneyChartData<WinsSeries> {
  return {
    currency,
    categories: rows.map(labelOf),
    series: WINS_SERIES.map((id) => ({
      id,
      data: rows.map((row) => majorUnits(amountIn(row[id].value, currency))),
    })),
  };
}

const ROW_HEIGHT = 34;
// Room for the legend above the bars and the value axis below them.
const FRAME_HEIGHT = 84;

/** The chart's height in pixels for `rows` groups: every bar as thick whatever their number. */
export function chartHeight(rows: number): number {
  return Math.max(3, rows) * ROW_HEIGHT + FRAME_HEIGHT;
}
