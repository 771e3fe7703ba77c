import { describe, expect, it } from 'vitest';
import {
  columnOrder,
  hasFilters,
  NO_FILTERS,
  parseListQuery,
  sortOfColumn,
  toApiQuery,
  toSearchParams,
  withFilters,
  type ListQuery,
} from './listQuery';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

const defaults: ListQuery = {
  ...NO_FILTERS,
  sort: { field: 'created_at', descending: true },
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
        'q=tender&country=vn,TR&status=resolved,open,new&type=tender_support&assignee=me' +
          '&overdue=true&sort=due_at&limit=20&page=3&cursor=abc',
      ),
    ).toEqual({
      q: 'tender',
      countries: ['TR', 'VN'],
      statuses: ['open', 'new', 'resolved'],
      type: 'tender_support',
      assignee: 'me',
      overdue: true,
      sort: { field: 'due_at', descending: false },
      limit: 20,
      cursor: 'abc',
      page: 3,
    });
    expect(parse('assignee=none').assignee).toBe('none');
    expect(parse('assignee=17').assignee).toBe(17);
  });

  it('drops what it does not understand', () => {
    expect(
      parse(
        'country=Vietnam,VN,vn&status=closed,new,new&type=DROP TABLE&assignee=someone' +
          '&overdue=yes&sort=-subject&limit=7',
      ),
    ).toEqual({ ...defaults, countries: ['VN'], statuses: ['new'] });
    expect(parse('assignee=0').assignee).toBeUndefined();
    expect(parse('assignee=-3').assignee).toBeUndefined();
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
      'q=visa&country=AE,VN&status=open,waiting_on_company&type=legal&assignee=42&overdue=true' +
        '&sort=-status_changed_at&limit=100&page=2&cursor=xyz',
    );
    expect(parseListQuery(toSearchParams(query))).toEqual(query);
  });
});

describe('withFilters', () => {
  it('goes back to the first page', () => {
    const paged = parse('page=3&cursor=abc');
    expect(withFilters(paged, { overdue: true })).toMatchObject({
      overdue: true,
      cursor: undefined,
      page: 1,
    });
  });

  it('knows when filters are set', () => {
    expect(hasFilters(defaults)).toBe(false);
    expect(hasFilters({ ...defaults, overdue: true })).toBe(true);
    expect(hasFilters({ ...defaults, assignee: 'none' })).toBe(true);
    expect(hasFilters({ ...defaults, statuses: ['open'] })).toBe(true);
  });
});

describe('toApiQuery', () => {
  it('asks for the newest first by default', () => {
    expect(toApiQuery(defaults)).toEqual({ sort: '-created_at', limit: 50 });
  });

  it('passes every filter', () => {
    expect(
      toApiQuery(
        parse(
          'q=x&country=VN,TR&status=open,resolved&type=consulting&assignee=me&overdue=true' +
            '&sort=due_at&page=2&cursor=c',
        ),
      ),
    ).toEqual({
      q: 'x',
      country: 'TR,VN',
      status: 'open,resolved',
      type: 'consulting',
      assignee: 'me',
      overdue: true,
      sort: 'due_at',
      limit: 50,
      cursor: 'c',
    });
    expect(toApiQuery(parse('assignee=9')).assignee).toBe('9');
  });
});

describe('column sorting', () => {
  it('shows the order of the sorted column only', () => {
    expect(columnOrder(defaults.sort, 'created_at')).toBe('descend');
    expect(columnOrder(defaults.sort, 'due_at')).toBeNull();
    expect(columnOrder({ field: 'due_at', descending: false }, 'due_at')).toBe('ascend');
  });

  it('reads time in status backwards: the longest in its status has the earliest change', () => {
    expect(sortOfColumn('status_changed_at', 'descend')).toEqual({
      field: 'status_changed_at',
      descending: false,
    });
    expect(columnOrder({ field: 'status_changed_at', descending: false }, 'status_changed_at')).toBe(
      'descend',
    );
  });

  it('goes back to the newest first when a column is cleared', () => {
    expect(sortOfColumn('due_at', 'ascend')).toEqual({ field: 'due_at', descending: false });
    expect(sortOfColumn('due_at', null)).toEqual(defaults.sort);
  });
});
