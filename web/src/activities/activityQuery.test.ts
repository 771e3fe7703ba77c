import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  linkPath,
  NO_FILTERS,
  parseActivityQuery,
  toApiQuery,
  toSearchParams,
} from './activityQuery';

const parse = (search: string) => parseActivityQuery(new URLSearchParams(search));

describe('parseActivityQuery', () => {
  it('has no filters for an empty query string', () => {
    expect(parse('')).toEqual(NO_FILTERS);
    expect(hasFilters(parse(''))).toBe(false);
  });

  it('reads the filters, the period and the record the timeline is narrowed to', () => {
    expect(
      parse('q=+Innopolis+&country=vn,TR&kind=visit,call,song&from=2026-01-01&to=2026-03-31&relocation=7'),
    ).toEqual({
      ...NO_FILTERS,
      q: 'Innopolis',
      countries: ['TR', 'VN'],
      kinds: ['call', 'visit'],
      from: '2026-01-01',
      to: '2026-03-31',
      relocation: 7,
    });
  });

  it('drops what it cannot read and turns a period given backwards around', () => {
    expect(parse('from=2026-13-01&to=yesterday&deal=-3&request=abc')).toEqual(NO_FILTERS);
    expect(parse('from=2026-03-31&to=2026-01-01')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('toSearchParams and toApiQuery', () => {
  it('write back what was read, and ask the API for it a page at a time', () => {
    const search = 'q=Innopolis&country=VN&kind=meeting&from=2026-01-01&deal=5';
    const filters = parse(search);
    expect(toSearchParams(filters).toString()).toBe(search);
    expect(hasFilters(filters)).toBe(true);
    expect(toApiQuery(filters, 30)).toEqual({
      limit: 30,
      q: 'Innopolis',
      country: 'VN',
      kind: 'meeting',
      from: '2026-01-01',
      deal: 5,
    });
  });

  it('lead to the page of the record an activity was about', () => {
    expect(linkPath('relocation', 3)).toBe('/relocations/3');
    expect(linkPath('request', 12)).toBe('/requests/12');
  });

  it('keep “only where I took part” as user=me, in the URL and in the API query', () => {
    const filters = parse('user=me&kind=call');
    expect(filters).toEqual({ ...NO_FILTERS, mine: true, kinds: ['call'] });
    expect(hasFilters(filters)).toBe(true);
    expect(toSearchParams(filters).toString()).toBe('kind=call&user=me');
    expect(toApiQuery(filters, 30)).toEqual({ limit: 30, kind: 'call', user: 'me' });
    // Anyone else's id is not the reader: left out, as anything the page cannot show.
    expect(parse('user=5')).toEqual(NO_FILTERS);
    expect(toApiQuery(parse(''), 30)).toEqual({ limit: 30 });
  });
});
