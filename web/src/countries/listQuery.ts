import type { PresenceStatus } from '../api/types';
import type { operations } from '../api/schema';
import type { Language } from '../i18n/i18n';
import { isPresenceStatus, PRESENCE_STATUSES } from './presence';

/**
 * The state of the countries list, kept in the URL so that reload, back/forward and a
 * shared link all show the same page. Sorting by "name" means the name in the reader's
 * language, so the URL stays valid when the language changes.
 */
const SORT_FIELDS = ['name', 'iso2', 'presence', 'since', 'attaches'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  descending: boolean;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'name', descending: false };

export interface ListQuery {
  q: string;
  presence: PresenceStatus[];
  region: string | undefined;
  sort: Sort;
  limit: number;
  /** Opaque cursor of the page shown; undefined on the first page. */
  cursor: string | undefined;
  /** 1-based number of that page, only for display ("51–100 of 249"). */
  page: number;
}

export type ApiListQuery = NonNullable<operations['listCountries']['parameters']['query']>;

function parseSort(value: string | null): Sort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return (SORT_FIELDS as readonly string[]).includes(field)
    ? { field: field as SortField, descending }
    : DEFAULT_SORT;
}

function sortToParam(sort: Sort): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** Reads the list state from a query string; anything unknown or malformed falls back to defaults. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const presence = (params.get('presence') ?? '')
    .split(',')
    .filter(isPresenceStatus)
    // One order whatever the URL says, so equal filters make equal cache keys.
    .sort((a, b) => PRESENCE_STATUSES.indexOf(a) - PRESENCE_STATUSES.indexOf(b));
  const region = params.get('region') ?? '';
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    presence: [...new Set(presence)],
    region: /^[0-9]{3}$/.test(region) ? region : undefined,
    sort: parseSort(params.get('sort')),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
    cursor,
    // A page number without its cursor cannot be fetched: that is the first page.
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the list state as a query string, leaving out defaults to keep links short. */
export function toSearchParams(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.presence.length > 0) params.set('presence', query.presence.join(','));
  if (query.region) params.set('region', query.region);
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
  change: Partial<Pick<ListQuery, 'q' | 'presence' | 'region' | 'sort' | 'limit'>>,
): ListQuery {
  return { ...query, ...change, cursor: undefined, page: 1 };
}

export function hasFilters(query: ListQuery): boolean {
  return query.q !== '' || query.presence.length > 0 || query.region !== undefined;
}

/** The parameters of GET /api/v1/countries for this state in the reader's language. */
export function toApiQuery(query: ListQuery, language: Language): ApiListQuery {
  const field = query.sort.field === 'name' ? (`name_${language}` as const) : query.sort.field;
  const api: ApiListQuery = {
    sort: `${query.sort.descending ? '-' : ''}${field}`,
    limit: query.limit,
  };
  if (query.q) api.q = query.q;
  if (query.presence.length > 0) api.presence = query.presence.join(',');
  if (query.region) api.region = query.region;
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

/**
 * Cursors only lead forward, so the way back is kept in the history entry's state: the
 * cursors of pages 2..page-1 that led here. A shared link has no trail; "previous" from
 * there goes to the first page.
 */
export type CursorTrail = string[];

export function nextPage(
  query: ListQuery,
  trail: CursorTrail,
  nextCursor: string,
): { query: ListQuery; trail: CursorTrail } {
  return {
    query: { ...query, cursor: nextCursor, page: query.page + 1 },
    trail: query.cursor ? [...trail, query.cursor] : [],
  };
}

export function previousPage(query: ListQuery, trail: CursorTrail): { query: ListQuery; trail: CursorTrail } {
  const intact = trail.length === query.page - 2;
  const cursor = intact ? trail[trail.length - 1] : undefined;
  if (!cursor) return { query: { ...query, cursor: undefined, page: 1 }, trail: [] };
  return { query: { ...query, cursor, page: query.page - 1 }, trail: trail.slice(0, -1) };
}
