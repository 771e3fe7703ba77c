import {
  countriesOf,
  firstPage,
  idOf,
  listOf,
  parsePage,
  parseSort,
  sortToParam,
  writePage,
  type ColumnOrder,
  type PageState,
  type Sort as ListSort,
} from '../app/listParams';
import { STATUS_CHOICES, type StatusChoice } from './status';
import type { ApiRequestQuery } from './types';

/**
 * The state of the requests queue, kept in the URL so that reload, back/forward and a shared
 * link all show the same page. Sort fields are the API's own.
 */
export const SORT_FIELDS = ['created_at', 'due_at', 'updated_at', 'status_changed_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = ListSort<SortField>;

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'created_at', descending: true };

const TYPE = /^[a-z][a-z0-9_]{0,39}$/;

/** Whose requests: the reader's, nobody's, or one user's (by id). */
export type Assignee = 'me' | 'none' | number;

export interface Filters {
  q: string;
  countries: string[];
  /** Statuses to keep; `open` stands for every status that is not final. */
  statuses: StatusChoice[];
  /** A type or subtype code; a type keeps its subtypes' requests too. */
  type: string | undefined;
  assignee: Assignee | undefined;
  /** Only open requests past their due date. */
  overdue: boolean;
}

export interface ListQuery extends Filters, PageState {
  sort: Sort;
}

export const NO_FILTERS: Filters = {
  q: '',
  countries: [],
  statuses: [],
  type: undefined,
  assignee: undefined,
  overdue: false,
};

function assigneeOf(value: string | null): Assignee | undefined {
  const text = (value ?? '').trim();
  if (text === 'me' || text === 'none') return text;
  return idOf(text);
}

/** Reads the queue's state from a query string; anything unknown or malformed falls back to defaults. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const type = (params.get('type') ?? '').trim();
  return {
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    statuses: listOf(params.get('status'), STATUS_CHOICES),
    type: TYPE.test(type) ? type : undefined,
    assignee: assigneeOf(params.get('assignee')),
    overdue: params.get('overdue') === 'true',
    sort: parseSort(params.get('sort'), SORT_FIELDS, DEFAULT_SORT),
    ...parsePage(params, PAGE_SIZES, DEFAULT_LIMIT),
  };
}

/** Writes the queue's state as a query string, leaving out defaults to keep links short. */
export function toSearchParams(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.countries.length > 0) params.set('country', query.countries.join(','));
  if (query.statuses.length > 0) params.set('status', query.statuses.join(','));
  if (query.type) params.set('type', query.type);
  if (query.assignee !== undefined) params.set('assignee', String(query.assignee));
  if (query.overdue) params.set('overdue', 'true');
  const sort = sortToParam(query.sort);
  if (sort !== sortToParam(DEFAULT_SORT)) params.set('sort', sort);
  writePage(params, query, DEFAULT_LIMIT);
  return params;
}

/** Changes filters, sorting or page size; any of them makes the old cursor meaningless. */
export function withFilters(
  query: ListQuery,
  change: Partial<Filters & Pick<ListQuery, 'sort' | 'limit'>>,
): ListQuery {
  return firstPage(query, change);
}

export function hasFilters(query: Filters): boolean {
  return (
    query.q !== '' ||
    query.countries.length > 0 ||
    query.statuses.length > 0 ||
    query.type !== undefined ||
    query.assignee !== undefined ||
    query.overdue
  );
}

/** The parameters of GET /api/v1/requests for this state. */
export function toApiQuery(query: ListQuery): ApiRequestQuery {
  const api: ApiRequestQuery = { sort: sortToParam(query.sort), limit: query.limit };
  if (query.q) api.q = query.q;
  if (query.countries.length > 0) api.country = query.countries.join(',');
  if (query.statuses.length > 0) api.status = query.statuses.join(',');
  if (query.type) api.type = query.type;
  if (query.assignee !== undefined) api.assignee = String(query.assignee);
  if (query.overdue) api.overdue = true;
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

export type { ColumnOrder };

// The "time in status" column sorts by status_changed_at, which runs the other way: the
// longest in its status has the earliest change.
const READ_BACKWARDS: readonly SortField[] = ['status_changed_at'];

/** The order the column of `field` shows for the queue's sort. */
export function columnOrder(sort: Sort, field: SortField): ColumnOrder {
  if (sort.field !== field) return null;
  const descending = READ_BACKWARDS.includes(field) ? !sort.descending : sort.descending;
  return descending ? 'descend' : 'ascend';
}

/** The queue's sort after the column of `field` was clicked into `order` (null: cleared). */
export function sortOfColumn(field: SortField, order: ColumnOrder): Sort {
  if (!order) return DEFAULT_SORT;
  const descending = order === 'descend';
  return { field, descending: READ_BACKWARDS.includes(field) ? !descending : descending };
}
