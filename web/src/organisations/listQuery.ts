import type { Language } from '../i18n/i18n';
import type { ApiOrganisationQuery, MarketStatus, OrganisationKind } from './types';
import { isOneOf, KINDS, MARKET_STATUSES } from './vocabulary';

/**
 * The state of the organisations list, kept in the URL so that reload, back/forward and a
 * shared link all show the same page. Sorting by "name" means the name in the reader's
 * language, so the URL stays valid when the language changes.
 */
export const SORT_FIELDS = ['name', 'country', 'kind', 'solutions', 'updated'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  descending: boolean;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'name', descending: false };

const COUNTRY = /^[A-Z]{2}$/;
export const REGION = /^RU-[A-Z]{2,3}$/;
const SECTOR = /^[a-z0-9_.-]{1,64}$/;

export interface Filters {
  q: string;
  kinds: OrganisationKind[];
  country: string | undefined;
  market: string | undefined;
  /** Only with `market`: which of its statuses count. */
  marketStatuses: MarketStatus[];
  sector: string | undefined;
  accredited: boolean | undefined;
  region: string | undefined;
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
  kinds: [],
  country: undefined,
  market: undefined,
  marketStatuses: [],
  sector: undefined,
  accredited: undefined,
  region: undefined,
};

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const items = (value ?? '').split(',').filter((item): item is T => isOneOf(item, allowed));
  // One order whatever the URL says, so equal filters make equal cache keys.
  return [...new Set(items)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

function matching(value: string | null, pattern: RegExp, upper = false): string | undefined {
  const text = (value ?? '').trim();
  const normal = upper ? text.toUpperCase() : text;
  return pattern.test(normal) ? normal : undefined;
}

function parseSort(value: string | null): Sort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return isOneOf(field, SORT_FIELDS) ? { field, descending } : DEFAULT_SORT;
}

function sortToParam(sort: Sort): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** Reads the list state from a query string; anything unknown or malformed falls back to defaults. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const market = matching(params.get('market'), COUNTRY, true);
  const accredited = params.get('accredited');
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    kinds: listOf(params.get('kind'), KINDS),
    country: matching(params.get('country'), COUNTRY, true),
    market,
    // The API takes statuses only with a market.
    marketStatuses: market ? listOf(params.get('market_status'), MARKET_STATUSES) : [],
    sector: matching(params.get('sector'), SECTOR),
    accredited: accredited === 'true' ? true : accredited === 'false' ? false : undefined,
    region: matching(params.get('hq_region'), REGION, true),
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
  if (query.kinds.length > 0) params.set('kind', query.kinds.join(','));
  if (query.country) params.set('country', query.country);
  if (query.market) {
    params.set('market', query.market);
    if (query.marketStatuses.length > 0) params.set('market_status', query.marketStatuses.join(','));
  }
  if (query.sector) params.set('sector', query.sector);
  if (query.accredited !== undefined) params.set('accredited', String(query.accredited));
  if (query.region) params.set('hq_region', query.region);
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
  const next = { ...query, ...change, cursor: undefined, page: 1 };
  if (!next.market) next.marketStatuses = [];
  return next;
}

export function hasFilters(query: Filters): boolean {
  return (
    query.q !== '' ||
    query.kinds.length > 0 ||
    query.country !== undefined ||
    query.market !== undefined ||
    query.sector !== undefined ||
    query.accredited !== undefined ||
    query.region !== undefined
  );
}

const API_SORT: Record<Exclude<SortField, 'name'>, string> = {
  country: 'country',
  kind: 'kind',
  solutions: 'solutions',
  updated: 'updated_at',
};

/** The parameters of GET /api/v1/organisations for this state in the reader's language. */
export function toApiQuery(query: ListQuery, language: Language): ApiOrganisationQuery {
  const field = query.sort.field === 'name' ? `name_${language}` : API_SORT[query.sort.field];
  const api: ApiOrganisationQuery = {
    sort: `${query.sort.descending ? '-' : ''}${field}` as ApiOrganisationQuery['sort'],
    limit: query.limit,
  };
  if (query.q) api.q = query.q;
  if (query.kinds.length > 0) api.kind = query.kinds.join(',');
  if (query.country) api.country = query.country;
  if (query.market) {
    api.market = query.market;
    if (query.marketStatuses.length > 0) api.market_status = query.marketStatuses.join(',');
  }
  if (query.sector) api.sector = query.sector;
  if (query.accredited !== undefined) api.accredited = query.accredited;
  if (query.region) api.hq_region = query.region;
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

/**
 * Cursors only lead forward, so the way back is kept in the history entry's state: the
 * cursors of pages 2..page-1 that led here. A shared link has no trail; "previous" from
 * there goes to the first page.
 */
export type CursorTrail = string[];

/** The trail kept in a history entry's state; anything else there is no trail. */
export function readTrail(state: unknown): CursorTrail {
  const trail = (state as { trail?: unknown } | null)?.trail;
  return Array.isArray(trail) ? trail.filter((cursor): cursor is string => typeof cursor === 'string') : [];
}

/** What paging needs of a list's state; the solutions list and the showcase page the same way. */
export interface Paged {
  cursor: string | undefined;
  page: number;
}

export function nextPage<Q extends Paged>(
  query: Q,
  trail: CursorTrail,
  nextCursor: string,
): { query: Q; trail: CursorTrail } {
  return {
    query: { ...query, cursor: nextCursor, page: query.page + 1 },
    trail: query.cursor ? [...trail, query.cursor] : [],
  };
}

export function previousPage<Q extends Paged>(
  query: Q,
  trail: CursorTrail,
): { query: Q; trail: CursorTrail } {
  const intact = trail.length === query.page - 2;
  const cursor = intact ? trail[trail.length - 1] : undefined;
  if (!cursor) return { query: { ...query, cursor: undefined, page: 1 }, trail: [] };
  return { query: { ...query, cursor, page: query.page - 1 }, trail: trail.slice(0, -1) };
}
