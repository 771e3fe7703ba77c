import { describe, expect, it } from 'vitest';
import {
  BOARD_LIMIT,
  columnOrder,
  hasFilters,
  NO_FILTERS,
  parseDealsQuery,
  sortOfColumn,
  stageListUrl,
  toBoardApiQuery,
  toListApiQuery,
  toSearchParams,
  withFilters,
  type DealsQuery,
} from './dealsQuery';

const parse = (search: string) => parseDealsQuery(new URLSearchParams(search));

const defaults: DealsQuery = {
  ...NO_FILTERS,
  view: 'board',
  sort: { field: 'updated_at', descending: true },
  limit: 50,
  cursor: undefined,
  page: 1,
};

describe('parseDealsQuery', () => {
  it('gives the board without filters for an empty query string', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('reads every filter in one order, whatever the URL says', () => {
    expect(
      parse(
        'view=list&q=+bank+&country=tr,VN,vn&category=radio_electronics,software&owner=me&stage=signed,open',
      ),
    ).toEqual({
      ...defaults,
      view: 'list',
      q: 'bank',
      countries: ['TR', 'VN'],
      categories: ['software', 'radio_electronics'],
      mine: true,
      stages: ['open', 'signed'],
    });
  });

  it('drops what it does not know', () => {
    expect(parse('view=map&country=VNM&category=games&owner=5&stage=won&sort=-title&limit=7')).toEqual(
      defaults,
    );
  });

  it('takes a page only with its cursor', () => {
    expect(parse('view=list&page=3')).toMatchObject({ page: 1, cursor: undefined });
    expect(parse('view=list&page=3&cursor=abc')).toMatchObject({ page: 3, cursor: 'abc' });
  });
});

describe('toSearchParams', () => {
  it('round-trips and leaves the defaults out', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
    const query = parse(
      'view=list&country=VN&category=software&owner=me&stage=open&sort=expected_close_date',
    );
    expect(parse(toSearchParams(query).toString())).toEqual(query);
  });
});

describe('API queries', () => {
  const query = parse(
    'view=list&q=bank&country=TR,VN&category=software&owner=me&stage=open&cursor=c1&page=2',
  );

  it('asks the board for every stage, a column’s worth of cards each', () => {
    expect(toBoardApiQuery(query)).toEqual({
      limit: BOARD_LIMIT,
      q: 'bank',
      country: 'TR,VN',
      category: 'software',
      owner: 'me',
    });
  });

  it('asks the list for its stages, order and page too', () => {
    expect(toListApiQuery(query)).toEqual({
      sort: '-updated_at',
      limit: 50,
      q: 'bank',
      country: 'TR,VN',
      category: 'software',
      owner: 'me',
      stage: 'open',
      cursor: 'c1',
    });
  });
});

describe('filters', () => {
  it('starts from the first page when they change', () => {
    const paged = parse('view=list&page=3&cursor=abc');
    expect(withFilters(paged, { mine: true })).toMatchObject({ mine: true, page: 1, cursor: undefined });
  });

  it('counts the stage filter only in the list', () => {
    const staged = { ...NO_FILTERS, stages: ['signed' as const] };
    expect(hasFilters(staged, 'board')).toBe(false);
    expect(hasFilters(staged, 'list')).toBe(true);
  });

  it('opens the list of one stage with the board’s filters', () => {
    expect(stageListUrl(parse('country=VN'), 'lead')).toBe('/deals?view=list&country=VN&stage=lead');
  });

  it('maps the columns’ sort orders', () => {
    expect(columnOrder({ field: 'updated_at', descending: true }, 'updated_at')).toBe('descend');
    expect(columnOrder({ field: 'updated_at', descending: true }, 'created_at')).toBeNull();
    expect(sortOfColumn('expected_close_date', 'ascend')).toEqual({
      field: 'expected_close_date',
      descending: false,
    });
    expect(sortOfColumn('expected_close_date', null)).toEqual({ field: 'updated_at', descending: true });
  });
});
