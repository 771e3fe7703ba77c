import {
  columnOrder as listColumnOrder,
  countriesOf,
  firstPage,
  listOf,
  parsePage,
  parseSort,
  sortOfColumn as listSortOfColumn,
  sortToParam,
  writePage,
  type ColumnOrder,
  type PageState,
  type Sort as ListSort,
} from '../app/listParams';
import { isOneOf } from '../organisations/vocabulary';
import { DEAL_CATEGORIES, STAGE_CHOICES, type StageChoice } from './stages';
import type { ApiBoardQuery, ApiDealQuery, DealCategory } from './types';

/**
 * The state of the deals page, kept in the URL so that reload, back/forward and a shared link
 * show the same page: the board or the list, the filters both share, and the list's own stage
 * filter, order and page.
 */
export const VIEWS = ['board', 'list'] as const;
export type View = (typeof VIEWS)[number];

export const SORT_FIELDS = ['updated_at', 'created_at', 'stage_changed_at', 'expected_close_date'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = ListSort<SortField>;

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'updated_at', descending: true };

/** Cards a board column shows; the rest are in the list. */
export const BOARD_LIMIT = 30;

export interface Filters {
  q: string;
  countries: string[];
  categories: DealCategory[];
  /** Only the deals the reader owns. */
  mine: boolean;
  /** The list's stages; `open` stands for every stage before completion. The board shows all. */
  stages: StageChoice[];
}

export interface DealsQuery extends Filters, PageState {
  view: View;
  sort: Sort;
}

export const NO_FILTERS: Filters = { q: '', countries: [], categories: [], mine: false, stages: [] };

/** Reads the page's state from a query string; anything unknown or malformed falls back to defaults. */
export function parseDealsQuery(params: URLSearchParams): DealsQuery {
  const view = params.get('view') ?? '';
  return {
    view: isOneOf(view, VIEWS) ? view : 'board',
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    categories: listOf(params.get('category'), DEAL_CATEGORIES),
    mine: params.get('owner') === 'me',
    stages: listOf(params.get('stage'), STAGE_CHOICES),
    sort: parseSort(params.get('sort'), SORT_FIELDS, DEFAULT_SORT),
    ...parsePage(params, PAGE_SIZES, DEFAULT_LIMIT),
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
  writePage(params, query, DEFAULT_LIMIT);
  return params;
}

/** Changes the view, filters, sorting or page size; any of them makes the old cursor meaningless. */
export function withFilters(
  query: DealsQuery,
  change: Partial<Filters & Pick<DealsQuery, 'view' | 'sort' | 'limit'>>,
): DealsQuery {
  return firstPage(query, change);
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

export type { ColumnOrder };

export function columnOrder(sort: Sort, field: SortField): ColumnOrder {
  return listColumnOrder(sort, field);
}

export function sortOfColumn(field: SortField, order: ColumnOrder): Sort {
  return listSortOfColumn(field, order, DEFAULT_SORT);
}
