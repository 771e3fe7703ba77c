import { isOneOf } from '../organisations/vocabulary';

/**
 * Reading and writing the parts list pages keep in their URL (filters of a closed vocabulary,
 * countries, the order, the page size and the cursor's page), so that every list reads a
 * malformed link the same way: what it does not know falls back to the default.
 */

const COUNTRY = /^[A-Z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[1-9][0-9]{0,15}$/;

/** The values of a comma-separated list that `allowed` holds, once each, in its order. */
export function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const items = (value ?? '').split(',').filter((item): item is T => isOneOf(item, allowed));
  // One order whatever the URL says, so equal filters make equal cache keys.
  return [...new Set(items)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

/** ISO 3166-1 alpha-2 codes of a comma-separated list, upper case, sorted, once each. */
export function countriesOf(value: string | null): string[] {
  const codes = (value ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
  return [...new Set(codes)].sort();
}

/** A calendar day (YYYY-MM-DD) that exists; anything else is none. */
export function dayOf(value: string | null): string | undefined {
  const text = (value ?? '').trim();
  if (!DAY.test(text)) return undefined;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) ? text : undefined;
}

/** A record's id as a link carries it; anything else is none. */
export function idOf(value: string | null): number | undefined {
  const text = (value ?? '').trim();
  return ID.test(text) ? Number(text) : undefined;
}

export interface Sort<F extends string> {
  field: F;
  descending: boolean;
}

/** `-updated_at` for the newest first: the API's way of naming an order. */
export function sortToParam<F extends string>(sort: Sort<F>): `${F}` | `-${F}` {
  return sort.descending ? `-${sort.field}` : `${sort.field}`;
}

export function parseSort<F extends string>(
  value: string | null,
  fields: readonly F[],
  fallback: Sort<F>,
): Sort<F> {
  if (!value) return fallback;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return isOneOf(field, fields) ? { field, descending } : fallback;
}

/** An antd column's sort order. */
export type ColumnOrder = 'ascend' | 'descend' | null;

export function columnOrder<F extends string>(sort: Sort<F>, field: F): ColumnOrder {
  if (sort.field !== field) return null;
  return sort.descending ? 'descend' : 'ascend';
}

/** The list's order after the column of `field` was clicked into `order` (null: cleared). */
export function sortOfColumn<F extends string>(field: F, order: ColumnOrder, fallback: Sort<F>): Sort<F> {
  if (!order) return fallback;
  return { field, descending: order === 'descend' };
}

/** Where a server-paged list is: its page size, and the cursor and number of the page shown. */
export interface PageState {
  limit: number;
  /** Opaque cursor of the page shown; undefined on the first page. */
  cursor: string | undefined;
  /** 1-based number of that page, only for display ("51–100 of 249"). */
  page: number;
}

export function parsePage(
  params: URLSearchParams,
  sizes: readonly number[],
  defaultLimit: number,
): PageState {
  const limit = Number(params.get('limit'));
  const cursor = params.get('cursor') || undefined;
  const page = Number(params.get('page'));
  return {
    limit: sizes.includes(limit) ? limit : defaultLimit,
    cursor,
    // A page number without its cursor cannot be fetched: that is the first page.
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the page size (unless the default) and the page's cursor (unless the first). */
export function writePage(params: URLSearchParams, state: PageState, defaultLimit: number): void {
  if (state.limit !== defaultLimit) params.set('limit', String(state.limit));
  if (state.cursor && state.page > 1) {
    params.set('page', String(state.page));
    params.set('cursor', state.cursor);
  }
}

/** The list's state after `change` to its filters, order or page size: back to the first page. */
export function firstPage<Q extends PageState>(query: Q, change: Partial<NoInfer<Q>>): Q {
  return { ...query, ...change, cursor: undefined, page: 1 };
}
