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
import { RELOCATION_KINDS, STAGE_CHOICES, type StageChoice } from './stages';
import type { ApiRelocationQuery, RelocationKind } from './types';

/**
 * The state of the relocation cases list, kept in the URL so that reload, back/forward and a
 * shared link show the same page. Sort fields are the API's own.
 */
export const SORT_FIELDS = ['updated_at', 'created_at', 'stage_changed_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = ListSort<SortField>;

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'updated_at', descending: true };

export interface Filters {
  q: string;
  /** Where the companies come from. */
  countries: string[];
  /** `open` stands for every stage before relocated and lost. */
  stages: StageChoice[];
  kinds: RelocationKind[];
  /** Only the cases the reader owns. */
  mine: boolean;
}

export interface RelocationsQuery extends Filters, PageState {
  sort: Sort;
}

export const NO_FILTERS: Filters = { q: '', countries: [], stages: [], kinds: [], mine: false };

/** Reads the page's state from a query string; anything unknown or malformed falls back to defaults. */
export function parseRelocationsQuery(params: URLSearchParams): RelocationsQuery {
  return {
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    stages: listOf(params.get('stage'), STAGE_CHOICES),
    kinds: listOf(params.get('kind'), RELOCATION_KINDS),
    mine: params.get('owner') === 'me',
    sort: parseSort(params.get('sort'), SORT_FIELDS, DEFAULT_SORT),
    ...parsePage(params, PAGE_SIZES, DEFAULT_LIMIT),
  };
}

/** Writes the page's state as a query string, leaving out defaults to keep links short. */
export function toSearchParams(query: RelocationsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.countries.length > 0) params.set('country', query.countries.join(','));
  if (query.stages.length > 0) params.set('stage', query.stages.join(','));
  if (query.kinds.length > 0) params.set('kind', query.kinds.join(','));
  if (query.mine) params.set('owner', 'me');
  const sort = sortToParam(query.sort);
  if (sort !== sortToParam(DEFAULT_SORT)) params.set('sort', sort);
  writePage(params, query, DEFAULT_LIMIT);
  return params;
}

/** Changes filters, sorting or page size; any of them makes the old cursor meaningless. */
export function withFilters(
  query: RelocationsQuery,
  change: Partial<Filters & Pick<RelocationsQuery, 'sort' | 'limit'>>,
): RelocationsQuery {
  return firstPage(query, change);
}

export function hasFilters(query: Filters): boolean {
  return (
    query.q !== '' ||
    query.countries.length > 0 ||
    query.stages.length > 0 ||
    query.kinds.length > 0 ||
    query.mine
  );
}

/** The parameters of GET /api/v1/relocations for this state. */
export function toApiQuery(query: RelocationsQuery): ApiRelocationQuery {
  const api: ApiRelocationQuery = { sort: sortToParam(query.sort), limit: query.limit };
  if (query.q) api.q = query.q;
  if (query.countries.length > 0) api.country = query.countries.join(',');
  if (query.stages.length > 0) api.stage = query.stages.join(',');
  if (query.kinds.length > 0) api.kind = query.kinds.join(',');
  if (query.mine) api.owner = 'me';
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

export type { ColumnOrder };

export function columnOrder(sort: Sort, field: SortField): ColumnOrder {
  return listColumnOrder(sort, field);
}

export function sortOfColumn(field: SortField, order: ColumnOrder): Sort {
  return listSortOfColumn(field, order, DEFAULT_SORT);
}
