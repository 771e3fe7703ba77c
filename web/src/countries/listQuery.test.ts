import { describe, expect, it } from 'vitest';
import {
  nextPage,
  parseListQuery,
  previousPage,
  toApiQuery,
  toSearchParams,
  withFilters,
  type ListQuery,
} from './listQuery';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

const defaults: ListQuery = {
  q: '',
  presence: [],
  region: undefined,
  sort: { field: 'name', descending: false },
  limit: 50,
  cursor: undefined,
  page: 1,
};

describe('parseListQuery', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('reads every part of the state', () => {
    expect(parse('q=Viet&presence=planned,active&region=035&sort=-since&limit=20&page=3&cursor=abc')).toEqual(
      {
        q: 'Viet',
        presence: ['active', 'planned'],
        region: '035',
        sort: { field: 'since', descending: true },
        limit: 20,
        cursor: 'abc',
        page: 3,
      },
    );
  });

  it('drops what it does not understand', () => {
    expect(parse('presence=active,bogus,active&region=Asia&sort=-password&limit=7&page=2')).toEqual({
      ...defaults,
      presence: ['active'],
    });
  });

  it('treats a page without its cursor as the first page', () => {
    expect(parse('page=4').page).toBe(1);
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const state = parse(
      'q=Viet&presence=active,suspended&region=142&sort=-attaches&limit=100&page=2&cursor=c2',
    );
    expect(parse(toSearchParams(state).toString())).toEqual(state);
  });
});

describe('withFilters', () => {
  it('goes back to the first page when a filter changes', () => {
    const onPage3 = parse('q=a&page=3&cursor=c3');
    expect(withFilters(onPage3, { presence: ['active'] })).toMatchObject({
      q: 'a',
      presence: ['active'],
      page: 1,
      cursor: undefined,
    });
  });
});

describe('toApiQuery', () => {
  it('sorts by the name in the reader language', () => {
    expect(toApiQuery(defaults, 'ru').sort).toBe('name_ru');
    expect(toApiQuery(parse('sort=-name'), 'en').sort).toBe('-name_en');
    expect(toApiQuery(parse('sort=attaches'), 'ru').sort).toBe('attaches');
  });

  it('sends the filters the API understands', () => {
    expect(toApiQuery(parse('q=Viet&presence=planned,active&region=035&page=2&cursor=xyz'), 'en')).toEqual({
      q: 'Viet',
      presence: 'active,planned',
      region: '035',
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
    expect(state.trail).toEqual(['c2']);

    state = previousPage(state.query, state.trail);
    expect(state.query).toMatchObject({ page: 2, cursor: 'c2' });
    state = previousPage(state.query, state.trail);
    expect(state.query).toMatchObject({ page: 1, cursor: undefined });
  });

  it('goes to the first page when the trail was lost (a shared link)', () => {
    const shared = parse('page=5&cursor=c5');
    expect(previousPage(shared, []).query).toMatchObject({ page: 1, cursor: undefined });
  });
});
