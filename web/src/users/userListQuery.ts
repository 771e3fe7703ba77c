import type { operations } from '../api/schema';
import type { Role } from '../api/types';
import { ROLES } from '../auth/permissions';

/** The filters and order of the users list, kept in the URL; pages are not (see useCursorPages). */
export const USER_SORT_FIELDS = ['email', 'display_name', 'role', 'last_login_at', 'created_at'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_LIMIT = 50;

export interface UserListQuery {
  q: string;
  roles: Role[];
  statuses: UserStatus[];
  sort: { field: UserSortField; descending: boolean };
  limit: number;
}

export type ApiUserQuery = NonNullable<operations['listUsers']['parameters']['query']>;

const DEFAULT_SORT = { field: 'email', descending: false } as const;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  // One order whatever the URL says, so equal filters make equal cache keys.
  return [...new Set(items)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const sort = params.get('sort') ?? '';
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as UserSortField;
  const limit = Number(params.get('limit'));
  return {
    q: (params.get('q') ?? '').trim(),
    roles: listOf(params.get('role'), ROLES),
    statuses: listOf(params.get('status'), USER_STATUSES),
    sort: USER_SORT_FIELDS.includes(field) ? { field, descending } : DEFAULT_SORT,
    limit: (USER_PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
  };
}

export function toUserSearchParams(query: UserListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.roles.length > 0) params.set('role', query.roles.join(','));
  if (query.statuses.length > 0) params.set('status', query.statuses.join(','));
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.descending) {
    params.set('sort', `${query.sort.descending ? '-' : ''}${query.sort.field}`);
  }
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  return params;
}

export function hasUserFilters(query: UserListQuery): boolean {
  return query.q !== '' || query.roles.length > 0 || query.statuses.length > 0;
}

export function toUserApiQuery(query: UserListQuery, cursor: string | undefined): ApiUserQuery {
  const api: ApiUserQuery = {
    sort: `${query.sort.descending ? '-' : ''}${query.sort.field}`,
    limit: query.limit,
  };
  if (query.q) api.q = query.q;
  if (query.roles.length > 0) api.role = query.roles.join(',');
  if (query.statuses.length > 0) api.status = query.statuses.join(',');
  if (cursor) api.cursor = cursor;
  return api;
}
