import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  nextPage,
  NO_FILTERS,
  parseListQuery,
  previousPage,
  toApiQuery,
  toSearchParams,
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
        'q=Sky&kind=it_hub,domestic_company&country=ru&market=vn&market_status=interested,exporting' +
          '&sector=dat.bi&accredited=true&hq_region=ru-ta&sort=-solutions&limit=20&page=3&cursor=abc',
      ),
    ).toEqual({
      q: 'Sky',
      kinds: ['domestic_company', 'it_hub'],
      country: 'RU',
      market: 'VN',
      marketStatuses: ['exporting', 'interested'],
      sector: 'dat.bi',
      accredited: true,
      region: 'RU-TA',
      sort: { field: 'solutions', descending: true },
      limit: 20,
      cursor: 'abc',
      page: 3,
    });
  });

  it('drops what it does not understand', () => {
    expect(
      parse(
        'kind=bank,it_hub,it_hub&country=Russia&sector=DROP TABLE&accredited=yes&hq_region=Tatarstan&sort=-inn',
      ),
    ).toEqual({ ...defaults, kinds: ['it_hub'] });
  });

  it('ignores market statuses without a market, as the API would refuse them', () => {
    expect(parse('market_status=exporting').marketStatuses).toEqual([]);
  });

  it('reads accredited=false as a filter, not as its absence', () => {
    expect(parse('accredited=false').accredited).toBe(false);
    expect(hasFilters(parse('accredited=false'))).toBe(true);
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
  });

  it('round-trips through the URL, so a filtered view can be shared', () => {
    const state = parse(
      'q=Sky&kind=investor&country=AE&market=VN&market_status=exporting&sector=dat.bi&accredited=false' +
        '&hq_region=RU-MOW&sort=-updated&limit=100&page=2&cursor=c2',
    );
    expect(parse(toSearchParams(state).toString())).toEqual(state);
  });
});

describe('withFilters', () => {
  it('goes back to the first page when a filter changes', () => {
    expect(withFilters(parse('q=a&page=3&cursor=c3'), { kinds: ['university'] })).toMatchObject({
      q: 'a',
      kinds: ['university'],
      page: 1,
      cursor: undefined,
    });
  });

  it('drops the market statuses with the market', () => {
    const query = parse('market=VN&market_status=exporting');
    expect(withFilters(query, { market: undefined }).marketStatuses).toEqual([]);
  });

  it('clears every filter but keeps the order and page size', () => {
    const query = parse('q=a&kind=investor&accredited=true&sort=kind&limit=20');
    const cleared = withFilters(query, NO_FILTERS);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: { field: 'kind', descending: false }, limit: 20 });
  });
});

describe('toApiQuery', () => {
  it('sorts by the name in the reader language and maps the other fields', () => {
    expect(toApiQuery(defaults, 'ru').sort).toBe('name_ru');
    expect(toApiQuery(parse('sort=-name'), 'en').sort).toBe('-name_en');
    expect(toApiQuery(parse('sort=-updated'), 'en').sort).toBe('-updated_at');
    expect(toApiQuery(parse('sort=solutions'), 'ru').sort).toBe('solutions');
  });

  it('sends the filters the API understands', () => {
    expect(
      toApiQuery(
        parse(
          'q=Sky&kind=it_hub,investor&country=AE&market=VN&market_status=exporting&sector=dat.bi' +
            '&accredited=false&hq_region=RU-TA&page=2&cursor=xyz',
        ),
        'en',
      ),
    ).toEqual({
      q: 'Sky',
      kind: 'it_hub,investor',
      country: 'AE',
      market: 'VN',
      market_status: 'exporting',
      sector: 'dat.bi',
      accredited: false,
      hq_region: 'RU-TA',
      sort: 'name_en',
      limit: 50,
      cursor: 'xyz',
    });
  });
});

describe('cursor paging', () => {
  it('goes forward and back along the trail', () => {
    let state = { query: defaults, trail: [] as string[] };
    state = nextPage(state.query, state.trail, 'c2');
    state = nextPage(state.query, state.trail, 'c3');
    expect(state.query).toMatchObject({ page: 3, cursor: 'c3' });
    state = previousPage(state.query, state.trail);
    expect(state.query).toMatchObject({ page: 2, cursor: 'c2' });
    state = previousPage(state.query, state.trail);
    expect(state.query).toMatchObject({ page: 1, cursor: undefined });
  });

  it('goes to the first page when the trail was lost (a shared link)', () => {
    expect(previousPage(parse('page=5&cursor=c5'), []).query).toMatchObject({ page: 1, cursor: undefined });
  });
});
