import { isOneOf } from '../organisations/vocabulary';
import { STATUS_CHOICES, type StatusChoice } from './status';
import type { ApiRequestQuery, ApiRequestSort } from './types';

/**
 * The state of the requests queue, kept in the URL so that reload, back/forward and a shared
 * link all show the same page. Sort fields are the API's own.
 */
export const SORT_FIELDS = ['created_at', 'due_at', 'updated_at', 'status_changed_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  descending: boolean;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'created_at', descending: true };

const COUNTRY = /^[A-Z]{2}$/;
const TYPE = /^[a-z][a-z0-9_]{0,39}$/;
const ID = /^[1-9][0-9]{0,15}$/;

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

export interface ListQuery extends Filters {
  sort: Sort;
  limit: number;
  /** Opaque cursor of the page shown; undefined on the first page. */
  cursor: string | undefined;
  /** 1-based number of that page, only for display ("51–100 of 249"). */
  page: number;
}

export const NO_FILTERS: Filters = {
  q: '',
  countries: [],
  statuses: [],
  type: undefined,
  assignee: undefined,
  overdue: false,
};

function countriesOf(value: string | null): string[] {
  const codes = (value ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
  // One order whatever the URL says, so equal filters make equal cache keys.
  return [...new Set(codes)].sort();
}

function statusesOf(value: string | null): StatusChoice[] {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is StatusChoice => isOneOf(item, STATUS_CHOICES));
  return [...new Set(items)].sort((a, b) => STATUS_CHOICES.indexOf(a) - STATUS_CHOICES.indexOf(b));
}

function assigneeOf(value: string | null): Assignee | undefined {
  const text = (value ?? '').trim();
  if (text === 'me' || text === 'none') return text;
  return ID.test(text) ? Number(text) : undefined;
}

function parseSort(value: string | null): Sort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return isOneOf(field, SORT_FIELDS) ? { field, descending } : DEFAULT_SORT;
}

function sortToParam(sort: Sort): ApiRequestSort {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** Reads the queue's state from a query string; anything unknown or malformed falls back to defaults. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const type = (params.get('type') ?? '').trim();
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    statuses: statusesOf(params.get('status')),
    type: TYPE.test(type) ? type : undefined,
    assignee: assigneeOf(params.get('assignee')),
    overdue: params.get('overdue') === 'true',
    sort: parseSort(params.get('sort')),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
    cursor,
    // A page number without its cursor cannot be fetched: that is the first page.
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
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
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  if (query.cursor && query.page > 1) {
    params.set('page', String(query.page));
    params.set('cursor', query.cursor);
  }
  return params;
}

/** Changes filters, sorting or page size; any of them makes the old cursor meaningless. */
export function withFilters(
  query: ListQuery,
  change: Partial<Filters & Pick<ListQuery, 'sort' | 'limit'>>,
): ListQuery {
  return { ...query, ...change, cursor: undefined, page: 1 };
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

/** An antd column's sort order. */
export type ColumnOrder = 'ascend' | 'descend' | null;

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
