import { describe, expect, it } from 'vitest';
import {
  parseReportState,
  toPipelineQuery,
  toReportSearchParams,
  toWinsQuery,
  type ReportState,
} from './reportQuery';

const parse = (search: string) => parseReportState(new URLSearchParams(search));

const defaults: ReportState = {
  tab: 'pipeline',
  countries: [],
  categories: [],
  currency: 'RUB',
  pipelineGroup: 'stage',
  winsGroup: 'year',
  from: undefined,
  to: undefined,
};

describe('report state', () => {
  it('defaults to the pipeline by stage in roubles, wins of every year', () => {
    expect(parse('')).toEqual(defaults);
    expect(toReportSearchParams(defaults).toString()).toBe('');
  });

  it('reads and writes every choice', () => {
    const search =
      'tab=wins&country=TR%2CVN&category=software&currency=USD&pipeline=country&wins=category&from=2026-01-01&to=2026-12-31';
    const state = parse(search);
    expect(state).toEqual({
      tab: 'wins',
      countries: ['TR', 'VN'],
      categories: ['software'],
      currency: 'USD',
      pipelineGroup: 'country',
      winsGroup: 'category',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(toReportSearchParams(state).toString()).toBe(search);
  });

  it('drops a period that is not one', () => {
    expect(parse('from=2026-12-31&to=2026-01-01')).toMatchObject({ from: undefined, to: undefined });
    expect(parse('from=2026-01-01')).toMatchObject({ from: undefined, to: undefined });
    expect(parse('tab=forecast&currency=EUR&wins=owner')).toEqual(defaults);
  });

  it('asks the server for the groups shown, within the filters', () => {
    const state = parse('country=VN&category=software&from=2026-01-01&to=2026-12-31');
    expect(toPipelineQuery(state, 'stage,country')).toEqual({
      country: 'VN',
      category: 'software',
      group: 'stage,country',
    });
    expect(toWinsQuery(state, 'year')).toEqual({
      country: 'VN',
      category: 'software',
      from: '2026-01-01',
      to: '2026-12-31',
      group: 'year',
    });
    expect(toWinsQuery(defaults)).toEqual({});
  });
});
