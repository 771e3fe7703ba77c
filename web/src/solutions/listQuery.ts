import type { Language } from '../i18n/i18n';
import { isOneOf } from '../organisations/vocabulary';
import type { ApiShowcaseQuery, ApiSolutionQuery, Maturity, SolutionKind } from './types';
import { isReadiness, MATURITIES, SOLUTION_KINDS, type Readiness } from './vocabulary';

/**
 * The state of the solutions list (and of the public showcase, which reads a subset of it),
 * kept in the URL so that reload, back/forward and a shared link all show the same page.
 * Sorting by "name" means the name in the reader's language.
 */
export const SORT_FIELDS = ['name', 'organisation', 'readiness', 'maturity', 'updated'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  descending: boolean;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;
const DEFAULT_SORT: Sort = { field: 'name', descending: false };

const COUNTRY = /^[A-Z]{2}$/;
const CLASS = /^[a-z0-9_.-]{1,64}$/;
const ID = /^[1-9][0-9]{0,15}$/;

export interface Filters {
  q: string;
  kinds: SolutionKind[];
  /** A taxonomy class, main or additional. */
  taxonomyClass: string | undefined;
  maturities: Maturity[];
  /** Deployed in this country: a reference there. */
  country: string | undefined;
  /** The least export readiness. */
  readiness: Readiness | undefined;
  published: boolean | undefined;
  accredited: boolean | undefined;
  /** The owner's id. */
  organisation: number | undefined;
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
  taxonomyClass: undefined,
  maturities: [],
  country: undefined,
  readiness: undefined,
  published: undefined,
  accredited: undefined,
  organisation: undefined,
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

function flag(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
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
  const readiness = params.get('readiness');
  const organisation = matching(params.get('organisation'), ID);
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    kinds: listOf(params.get('kind'), SOLUTION_KINDS),
    taxonomyClass: matching(params.get('class'), CLASS),
    maturities: listOf(params.get('maturity'), MATURITIES),
    country: matching(params.get('country'), COUNTRY, true),
    readiness:
      readiness !== null && /^[0-3]$/.test(readiness) && isReadiness(Number(readiness))
        ? (Number(readiness) as Readiness)
        : undefined,
    published: flag(params.get('published')),
    accredited: flag(params.get('accredited')),
    organisation: organisation ? Number(organisation) : undefined,
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
  if (query.taxonomyClass) params.set('class', query.taxonomyClass);
  if (query.maturities.length > 0) params.set('maturity', query.maturities.join(','));
  if (query.country) params.set('country', query.country);
  if (query.readiness !== undefined) params.set('readiness', String(query.readiness));
  if (query.published !== undefined) params.set('published', String(query.published));
  if (query.accredited !== undefined) params.set('accredited', String(query.accredited));
  if (query.organisation !== undefined) params.set('organisation', String(query.organisation));
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
    query.kinds.length > 0 ||
    query.taxonomyClass !== undefined ||
    query.maturities.length > 0 ||
    query.country !== undefined ||
    query.readiness !== undefined ||
    query.published !== undefined ||
    query.accredited !== undefined ||
    query.organisation !== undefined
  );
}

const API_SORT: Record<Exclude<SortField, 'name'>, string> = {
  organisation: 'organisation',
  readiness: 'readiness',
  maturity: 'maturity',
  updated: 'updated_at',
};

function apiSort(sort: Sort, language: Language): ApiSolutionQuery['sort'] {
  const field = sort.field === 'name' ? `name_${language}` : API_SORT[sort.field];
  return `${sort.descending ? '-' : ''}${field}` as ApiSolutionQuery['sort'];
}

/** What the public showcase may ask: the same filters less those about the catalogue's bookkeeping. */
export function toShowcaseQuery(query: ListQuery, language: Language): ApiShowcaseQuery {
  const api: ApiShowcaseQuery = { sort: apiSort(query.sort, language), limit: query.limit };
  if (query.q) api.q = query.q;
  if (query.kinds.length > 0) api.kind = query.kinds.join(',');
  if (query.taxonomyClass) api.class = query.taxonomyClass;
  if (query.maturities.length > 0) api.maturity = query.maturities.join(',');
  if (query.country) api.country = query.country;
  if (query.readiness !== undefined) api.readiness = query.readiness;
  if (query.cursor) api.cursor = query.cursor;
  return api;
}

/** The parameters of GET /api/v1/solutions for this state in the reader's language. */
export function toApiQuery(query: ListQuery, language: Language): ApiSolutionQuery {
  const api: ApiSolutionQuery = toShowcaseQuery(query, language);
  if (query.published !== undefined) api.published = query.published;
  if (query.accredited !== undefined) api.accredited = query.accredited;
  if (query.organisation !== undefined) api.organisation = query.organisation;
  return api;
}
