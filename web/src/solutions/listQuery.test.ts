import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  NO_FILTERS,
  parseListQuery,
  toApiQuery,
  toSearchParams,
  toShowcaseQuery,
  withFilters,
  type ListQuery,
} from './listQuery';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

const defaults: ListQuery = {
  ...NO_FILTERS,
  sort: { field: 'name', descending: false },
  limit: 50,
  cursor: undefined,
  page: 1,
};

describe('parseListQuery', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('reads every filter', () => {
    expect(
      parse(
        'q=Kasper&kind=it_service,software&class=isc.dlp&maturity=stable,beta&country=vn&readiness=2' +
          '&published=true&accredited=false&organisation=7&sort=-readiness&limit=20&page=3&cursor=abc',
      ),
    ).toEqual({
      q: 'Kasper',
      kinds: ['software', 'it_service'],
      taxonomyClass: 'isc.dlp',
      maturities: ['beta', 'stable'],
      country: 'VN',
      readiness: 2,
      published: true,
      accredited: false,
      organisation: 7,
      sort: { field: 'readiness', descending: true },
      limit: 20,
      cursor: 'abc',
      page: 3,
    });
  });

  it('drops what it does not understand', () => {
    expect(
      parse(
        'kind=app,software,software&class=DROP TABLE&maturity=ripe&country=Vietnam&readiness=4' +
          '&published=yes&organisation=-1&sort=-price&limit=7',
      ),
    ).toEqual({ ...defaults, kinds: ['software'] });
    expect(parse('readiness=1.5').readiness).toBeUndefined();
    expect(parse('organisation=0').organisation).toBeUndefined();
  });

  it('treats a page number without its cursor as the first page', () => {
    expect(parse('page=4')).toEqual(defaults);
  });
});

describe('toSearchParams', () => {
  it('leaves out the defaults', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const query = parse(
      'q=DLP&kind=software&class=isc.dlp&maturity=stable&country=VN&readiness=0&published=false' +
        '&accredited=true&organisation=12&sort=-updated&limit=100&page=2&cursor=xyz',
    );
    expect(parseListQuery(toSearchParams(query))).toEqual(query);
  });
});

describe('withFilters', () => {
  it('goes back to the first page', () => {
    const paged = parse('page=3&cursor=abc');
    expect(withFilters(paged, { readiness: 2 })).toMatchObject({ readiness: 2, cursor: undefined, page: 1 });
  });

  it('knows when filters are set', () => {
    expect(hasFilters(defaults)).toBe(false);
    expect(hasFilters({ ...defaults, readiness: 0 })).toBe(true);
    expect(hasFilters({ ...defaults, published: false })).toBe(true);
  });
});

describe('toApiQuery', () => {
  it('sorts by the name in the reader language and maps the other fields', () => {
    expect(toApiQuery(defaults, 'ru')).toEqual({ sort: 'name_ru', limit: 50 });
    expect(toApiQuery(parse('sort=-updated'), 'en').sort).toBe('-updated_at');
    expect(toApiQuery(parse('sort=organisation'), 'en').sort).toBe('organisation');
  });

  it('passes every filter', () => {
    expect(
      toApiQuery(
        parse(
          'q=x&kind=software,it_service&class=isc.dlp&maturity=beta&country=VN&readiness=3' +
            '&published=false&accredited=true&organisation=5&page=2&cursor=c',
        ),
        'en',
      ),
    ).toEqual({
      q: 'x',
      kind: 'software,it_service',
      class: 'isc.dlp',
      maturity: 'beta',
      country: 'VN',
      readiness: 3,
      published: false,
      accredited: true,
      organisation: 5,
      sort: 'name_en',
      limit: 50,
      cursor: 'c',
    });
  });
});

describe('toShowcaseQuery', () => {
  it('asks the public showcase nothing about the catalogue bookkeeping', () => {
    const query = toShowcaseQuery(
      parse('kind=software&country=VN&published=false&accredited=true&organisation=5'),
      'en',
    );
    expect(query).toEqual({ kind: 'software', country: 'VN', sort: 'name_en', limit: 50 });
  });
});
