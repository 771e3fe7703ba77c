import { countriesOf, dayOf, idOf, listOf } from '../app/listParams';
import { ACTIVITY_KINDS } from './kinds';
import type { ActivityKind, ApiActivityQuery } from './types';

/**
 * The filters of the activity timeline, kept in the URL so that reload, back/forward and a
 * shared link show the same timeline; a deal's, request's or case's page links to its own.
 */
export interface Filters {
  q: string;
  countries: string[];
  kinds: ActivityKind[];
  /** The period, as calendar days (YYYY-MM-DD), either end open. */
  from: string | undefined;
  to: string | undefined;
  /** Only the activities the reader took part in (`user=me`). */
  mine: boolean;
  /** The record the activities were about. */
  deal: number | undefined;
  request: number | undefined;
  relocation: number | undefined;
}

export const NO_FILTERS: Filters = {
  q: '',
  countries: [],
  kinds: [],
  from: undefined,
  to: undefined,
  mine: false,
  deal: undefined,
  request: undefined,
  relocation: undefined,
};

/** How the URL and the API name the reader among the people who took part. */
const ME = 'me';

/** The records an activity may be about, as the URL and the API name them. */
export const LINKS = ['deal', 'request', 'relocation'] as const;
export type LinkKind = (typeof LINKS)[number];

/** Reads the timeline's filters from a query string; anything unknown or malformed is left out. */
export function parseActivityQuery(params: URLSearchParams): Filters {
  let from = dayOf(params.get('from'));
  let to = dayOf(params.get('to'));
  // A period given backwards is still the same period.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: (params.get('q') ?? '').trim(),
    countries: countriesOf(params.get('country')),
    kinds: listOf(params.get('kind'), ACTIVITY_KINDS),
    from,
    to,
    mine: params.get('user') === ME,
    deal: idOf(params.get('deal')),
    request: idOf(params.get('request')),
    relocation: idOf(params.get('relocation')),
  };
}

/** Writes the filters as a query string, leaving out what is not set. */
export function toSearchParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.countries.length > 0) params.set('country', filters.countries.join(','));
  if (filters.kinds.length > 0) params.set('kind', filters.kinds.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.mine) params.set('user', ME);
  for (const link of LINKS) {
    const id = filters[link];
    if (id !== undefined) params.set(link, String(id));
  }
  return params;
}

export function hasFilters(filters: Filters): boolean {
  return toSearchParams(filters).toString() !== '';
}

/** The parameters of GET /api/v1/activities for these filters, a page of `limit`. */
export function toApiQuery(filters: Filters, limit: number): Omit<ApiActivityQuery, 'cursor'> {
  const api: Omit<ApiActivityQuery, 'cursor'> = { limit };
  if (filters.q) api.q = filters.q;
  if (filters.countries.length > 0) api.country = filters.countries.join(',');
  if (filters.kinds.length > 0) api.kind = filters.kinds.join(',');
  if (filters.from) api.from = filters.from;
  if (filters.to) api.to = filters.to;
  if (filters.mine) api.user = ME;
  for (const link of LINKS) {
    const id = filters[link];
    if (id !== undefined) api[link] = id;
  }
  return api;
}

const LINK_PATHS: Record<LinkKind, string> = {
  deal: '/deals',
  request: '/requests',
  relocation: '/relocations',
};

/** The page of the record an activity was about. */
export function linkPath(kind: LinkKind, id: number): string {
  return `${LINK_PATHS[kind]}/${id}`;
}
