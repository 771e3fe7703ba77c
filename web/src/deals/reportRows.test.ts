import { describe, expect, it } from 'vitest';
import {
  amountIn,
  chartHeight,
  nestPipeline,
  pipelineChart,
  sortWins,
  winsChart,
  winsTotal,
} from './reportRows';
import type { PipelineRow, WinsRow } from './types';

const pipeline = (
  stage: PipelineRow['stage'],
  country: string | null,
  rub: number,
  deals = 1,
): PipelineRow => ({
  stage,
  country,
  deals,
  unvalued: 0,
  value: { rub, usd: rub / 100 },
  weighted: { rub: rub / 2, usd: rub / 200 },
});

const wins = (fields: Partial<WinsRow>, confirmed: number, unconfirmed: number): WinsRow => ({
  year: null,
  country: null,
  category: null,
  confirmed: { deals: confirmed ? 1 : 0, value: { rub: confirmed, usd: confirmed / 90 } },
  unconfirmed: { deals: unconfirmed ? 1 : 0, value: { rub: unconfirmed, usd: unconfirmed / 90 } },
  helped: 0,
  ...fields,
});

const label = (row: { stage?: unknown; country?: unknown; year?: unknown; category?: unknown }) =>
  String(row.country ?? row.year ?? row.category ?? row.stage);

describe('pipeline rows', () => {
  const byStage = [
    pipeline('signed', null, 100),
    pipeline('lead', null, 900),
    pipeline('proposal', null, 500),
  ];
  const byStageAndCountry = [
    pipeline('proposal', 'TR', 100),
    pipeline('proposal', 'VN', 400),
    pipeline('lead', 'VN', 900),
    pipeline('signed', 'VN', 100),
  ];

  it('lists stages in the pipeline’s order with their countries beneath, biggest first', () => {
    const rows = nestPipeline(byStage, byStageAndCountry, 'stage', label, 'en');
    expect(rows.map((row) => row.key)).toEqual(['s:lead', 's:proposal', 's:signed']);
    expect(rows[1]?.children?.map((row) => row.key)).toEqual(['s:proposal|c:VN', 's:proposal|c:TR']);
  });

  it('lists countries biggest first with their stages beneath, in the pipeline’s order', () => {
    const byCountry = [pipeline(null, 'TR', 100), pipeline(null, 'VN', 1400, 3)];
    const rows = nestPipeline(byCountry, byStageAndCountry, 'country', label, 'en');
    expect(rows.map((row) => row.key)).toEqual(['c:VN', 'c:TR']);
    expect(rows[0]?.children?.map((row) => row.stage)).toEqual(['lead', 'proposal', 'signed']);
  });

  it('charts value and weighted value in major units of the currency chosen', () => {
    const chart = pipelineChart([pipeline('lead', null, 150000)], 'RUB', label);
    expect(chart).toEqual({
      currency: 'RUB',
      categories: ['lead'],
      series: [
        { id: 'value', data: [1500] },
        { id: 'weighted', data: [750] },
      ],
    });
    expect(pipelineChart([pipeline('lead', null, 150000)], 'USD', label).series[0]?.data).toEqual([15]);
  });
});

describe('wins rows', () => {
  it('orders years in time, other groups by value', () => {
    const years = sortWins([wins({ year: 2026 }, 1, 0), wins({ year: 2024 }, 5, 0)], 'year', label, 'en');
    expect(years.map((row) => row.key)).toEqual(['y:2024', 'y:2026']);
    const countries = sortWins(
      [wins({ country: 'TR' }, 100, 0), wins({ country: 'VN' }, 100, 50)],
      'country',
      label,
      'en',
    );
    expect(countries.map((row) => row.key)).toEqual(['c:VN', 'c:TR']);
  });

  it('adds confirmed and unconfirmed up, and charts them stacked', () => {
    const row = wins({ year: 2026 }, 9000, 1800);
    expect(winsTotal(row)).toEqual({ rub: 10800, usd: 120 });
    expect(amountIn(row.confirmed.value, 'USD')).toEqual({ minor: 100, currency: 'USD' });
    expect(winsChart([row], 'RUB', label).series).toEqual([
      { id: 'confirmed', data: [90] },
      { id: 'unconfirmed', data: [18] },
    ]);
  });

  it('gives every bar the same room', () => {
    expect(chartHeight(10) - chartHeight(9)).toBe(chartHeight(4) - chartHeight(3));
    expect(chartHeight(0)).toBe(chartHeight(3));
  });
});
