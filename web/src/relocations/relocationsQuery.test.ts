import { describe, expect, it } from 'vitest';
import {
  columnOrder,
  hasFilters,
  NO_FILTERS,
  parseRelocationsQuery,
  sortOfColumn,
  toApiQuery,
  toSearchParams,
  withFilters,
  type RelocationsQuery,
} from './relocationsQuery';

const parse = (search: string) => parseRelocationsQuery(new URLSearchParams(search));

const defaults: RelocationsQuery = {
  ...NO_FILTERS,
  sort: { field: 'updated_at', descending: true },
  limit: 50,
  cursor: undefined,
  page: 1,
};

describe('parseRelocationsQuery', () => {
  it('gives every open and closed case, the latest changed first, for an empty query string', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('reads every filter in one order, whatever the URL says', () => {
    expect(parse('q=+Kazan+&country=tr,VN,vn&stage=lost,open&kind=production,headquarters&owner=me')).toEqual(
      {
        ...defaults,
        q: 'Kazan',
        countries: ['TR', 'VN'],
        stages: ['open', 'lost'],
        kinds: ['headquarters', 'production'],
        mine: true,
      },
    );
  });

  it('drops what it does not know', () => {
    expect(parse('country=Vietnam&stage=won&kind=bank&owner=7&sort=-title&limit=7&page=2')).toEqual(defaults);
  });
});

describe('toSearchParams', () => {
  it('writes back what it read, leaving out defaults', () => {
    const search =
      'q=Kazan&country=VN&stage=open&kind=rnd_centre&owner=me&sort=stage_changed_at&limit=20&page=2&cursor=c2';
    expect(toSearchParams(parse(search)).toString()).toBe(search);
    expect(toSearchParams(defaults).toString()).toBe('');
  });
});

describe('toApiQuery', () => {
  it('asks the API for the filters, the order and the page', () => {
    expect(toApiQuery(parse('country=VN,TR&stage=open&kind=licensing&owner=me&cursor=c2&page=2'))).toEqual({
      sort: '-updated_at',
      limit: 50,
      country: 'TR,VN',
      stage: 'open',
      kind: 'licensing',
      owner: 'me',
      cursor: 'c2',
    });
  });
});

describe('filters', () => {
  it('start from the first page when changed, and say whether they narrow anything', () => {
    const paged = parse('page=3&cursor=c3');
    const changed = withFilters(paged, { mine: true });
    expect(changed).toMatchObject({ mine: true, page: 1, cursor: undefined });
    expect(hasFilters(changed)).toBe(true);
    expect(hasFilters(paged)).toBe(false);
  });

  it('sort by the clicked column, and back to the default when cleared', () => {
    expect(sortOfColumn('created_at', 'ascend')).toEqual({ field: 'created_at', descending: false });
    expect(sortOfColumn('created_at', null)).toEqual(defaults.sort);
    expect(columnOrder(defaults.sort, 'updated_at')).toBe('descend');
  });
});
