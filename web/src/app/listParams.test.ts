import { describe, expect, it } from 'vitest';
import {
  columnOrder,
  countriesOf,
  dayOf,
  firstPage,
  idOf,
  listOf,
  parsePage,
  parseSort,
  sortOfColumn,
  sortToParam,
  writePage,
} from './listParams';

const FIELDS = ['updated_at', 'created_at'] as const;
const NEWEST = { field: 'updated_at', descending: true } as const;

describe('list parameters', () => {
  it('keep the known values of a list, once each, in the vocabulary order', () => {
    expect(listOf('event,call,poem,call', ['meeting', 'call', 'event'])).toEqual(['call', 'event']);
    expect(listOf(null, ['meeting'])).toEqual([]);
  });

  it('read countries as sorted upper-case codes, dropping what is not one', () => {
    expect(countriesOf(' tr,VN,vn,Vietnam,V1')).toEqual(['TR', 'VN']);
  });

  it('read days that exist and ids that are whole positive numbers', () => {
    expect(dayOf('2026-11-22')).toBe('2026-11-22');
    expect(dayOf('2026-02-30')).toBeUndefined();
    expect(dayOf('22.11.2026')).toBeUndefined();
    expect(idOf(' 12 ')).toBe(12);
    expect(idOf('0')).toBeUndefined();
    expect(idOf('1e3')).toBeUndefined();
  });

  it('read and write an order the way the API names it', () => {
    expect(parseSort('-created_at', FIELDS, NEWEST)).toEqual({ field: 'created_at', descending: true });
    expect(parseSort('title', FIELDS, NEWEST)).toEqual(NEWEST);
    expect(sortToParam({ field: 'created_at', descending: false })).toBe('created_at');
    expect(sortToParam(NEWEST)).toBe('-updated_at');
  });

  it('turn a column header click into an order and back', () => {
    expect(columnOrder(NEWEST, 'updated_at')).toBe('descend');
    expect(columnOrder(NEWEST, 'created_at')).toBeNull();
    expect(sortOfColumn('created_at', 'ascend', NEWEST)).toEqual({ field: 'created_at', descending: false });
    expect(sortOfColumn('created_at', null, NEWEST)).toEqual(NEWEST);
  });

  it('keep a page only with its cursor and a page size only from the offered ones', () => {
    const read = (search: string) => parsePage(new URLSearchParams(search), [20, 50], 50);
    expect(read('limit=20&page=3&cursor=c3')).toEqual({ limit: 20, page: 3, cursor: 'c3' });
    expect(read('limit=7&page=3')).toEqual({ limit: 50, page: 1, cursor: undefined });
    const params = new URLSearchParams();
    writePage(params, { limit: 20, page: 3, cursor: 'c3' }, 50);
    expect(params.toString()).toBe('limit=20&page=3&cursor=c3');
    const none = new URLSearchParams();
    writePage(none, { limit: 50, page: 1, cursor: undefined }, 50);
    expect(none.toString()).toBe('');
  });

  it('go back to the first page when the filters change', () => {
    expect(firstPage({ q: 'a', limit: 20, page: 4, cursor: 'c4' }, { q: 'b' })).toEqual({
      q: 'b',
      limit: 20,
      page: 1,
      cursor: undefined,
    });
  });
});
