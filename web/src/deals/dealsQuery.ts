import { isOneOf } from '../organisations/vocabulary';
import { DEAL_CATEGORIES, STAGE_CHOICES, type StageChoice } from './stages';
import type { ApiBoardQuery, ApiDealQuery, ApiDealSort, DealCategory } from './types';

/**
 * The state of the deals page, kept in the URL so that reload, back/forward and a shared link
 * show the same page: the board or the list, the filters both share, and the list's own stage
 * filter, order and page.
 */
export const VIEWS = ['board', 'list'] as const;
export type View = (typeof VIEWS)[number];

export const SORT_FIELDS = ['updated_at', 'created_at', 'stage_changed_at', 'expected_close_date'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  descending: boolean;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'updated_at', descending: true };

/** Cards a board column shows; the rest are in the list. */
export const BOARD_LIMIT = 30;

const COUNTRY = /^[A-Z]{2}$/;

export interface Filters {
  q: string;
  countries: string[];
  categories: DealCategory[];
  /** Only the deals the reader owns. */
  mine: boolean;
  /** The list's stages; `open` stands for every stage before completion. The board shows all. */
  stages: StageChoice[];
}

export interface DealsQuery extends Filters {
  view: View;
  sort: Sort;
  limit: number;
  /** Opaque cursor of the list's page shown; undefined on the first page. */
  cursor: string | undefined;
  /** 1-based number of that page, only for display. */
  page: number;
}

export const NO_FILTERS: Filters = { q: '', countries: [], categories: [], mine: false, stages: [] };

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const items = (value ?? '').split(',').filter((item): item is T => isOneOf(item, allowed));
  // One order whatever the URL says, so equal filters make equal cache keys.
  return [...new Set(items)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

function countriesOf(value: string | null): string[] {
  const codes = (value ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
  return [...new Set(codes)].sort();
}

function parseSort(value: string | null): Sort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return isOneOf(field, SORT_FIELDS) ? { field, descending } : DEFAULT_SORT;
}

function sortToParam(sort: Sort): ApiDealSort {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** Reads the page's state from a query string; anything unknown or malformed falls back to defaults. */
export function parseDealsQuery(params: URLSearchParams): DealsQuery {
  const view = params.get('view') ?? '';
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    view: isOneOf(view, VIEWS) ? view : 'board',
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    categories: listOf(params.get('category'), DEAL_CATEGORIES),
    mine: params.get('owner') === 'me',
    stages: listOf(params.get('stage'), STAGE_CHOICES),
    sort: parseSort(params.get('sort')),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
    cursor,
    // A page number without its cursor cannot be fetched: that is the first page.
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the page's state as a query string, leaving out defaults to keep links short. */
export function toSearchParams(query: DealsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view !== 'board') params.set('view', query.view);
  if (query.q) params.set('q', query.q);
  if (query.countries.length > 0) params.set('country', query.countries.join(','));
  if (query.categories.length > 0) params.set('category', query.categories.join(','));
  if (query.mine) params.set('owner', 'me');
  if (query.stages.length > 0) params.set('stage', query.stages.join(','));
  const sort = sortToParam(query.sort);
  if (sort !== sortToParam(DEFAULT_SORT)) params.set('sort', sort);
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  if (query.cursor && query.page > 1) {
    params.set('page', String(query.page));
    params.set('cursor', query.cursor);
  }
  return params;
}

/** Changes the view, filters, sorting or page size; any of them makes the old cursor meaningless. */
export function withFilters(
  query: DealsQuery,
  change: Partial<Filters & Pick<DealsQuery, 'view' | 'sort' | 'limit'>>,
): DealsQuery {
  return { ...query, ...change, cursor: undefined, page: 1 };
}

/** Whether the filters of `view` narrow anything: the board has no stage filter. */
export function hasFilters(query: Filters, view: View): boolean {
  return (
    query.q !== '' ||
    query.countries.length > 0 ||
    query.categories.length > 0 ||
    query.mine ||
    (view === 'list' && query.stages.length > 0)
  );
}

/** The parameters of GET /api/v1/deals/board for this state. */
export function toBoardApiQuery(query: Filters): ApiBoardQuery {
  const api: ApiBoardQuery = { limit: BOARD_LIMIT };
  if (query.q) api.q = query.q;
  if (query.countries.length > 0) api.country = query.countries.join(',');
  if (query.categories.length > 0) api.category = query.categories.join(',');
  if (query.mine) api.owner = 'me';
  return api;
}

/** The parameters of GET /api/v1/deals for this state. */
export function toListApiQuery(query: DealsQuery): ApiDealQuery {
  const api: ApiDealQuery = { sort: sortToParam(query.sort), limit: query.limit };
  if (query.q) api.q = query.q;
  if (query.countries.length > 0) api.country = query.countries.join(',');
  if (query.categories.length > 0) api.category = query.categories.join(',');
  if (query.mine) api.owner = 'me';
  if (query.stages.length > 0) api.stage = query.stages.join(',');
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

/** The list filtered to one stage with the board's filters: where a column's other deals are. */
export function stageListUrl(query: DealsQuery, stage: StageChoice): string {
  const next = withFilters(query, { view: 'list', stages: [stage] });
  return `/deals?${toSearchParams(next).toString()}`;
}

/** An antd column's sort order. */
export type ColumnOrder = 'ascend' | 'descend' | null;

export function columnOrder(sort: Sort, field: SortField): ColumnOrder {
  if (sort.field !== field) return null;
  return sort.descending ? 'descend' : 'ascend';
}

export function sortOfColumn(field: SortField, order: ColumnOrder): Sort {
  if (!order) return DEFAULT_SORT;
  return { field, descending: order === 'descend' };
}
