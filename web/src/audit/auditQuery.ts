import type { operations } from '../api/schema';

/** The filters of the audit log, kept in the URL so that a view of the trail can be shared. */
export interface AuditFilters {
  entity?: string;
  /** Id of one record; the API reads it only together with `entity`. */
  id?: string;
  /** Id of the user who acted. */
  user?: number;
  actions: string[];
  /** First and last day, UTC, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export type ApiAuditQuery = NonNullable<operations['listAudit']['parameters']['query']>;

// Kinds of records and actions the trail holds today, offered in the filters; the server
// may write others, which the filters still accept typed in.
export const AUDIT_ENTITIES = [
  'country',
  'attache',
  'organisation',
  'solution',
  'contact',
  'request',
  'request_type',
  'deal',
  'deal_stage',
  'fx_rates',
  'taxonomy_class',
  'user',
  'token',
  'session',
  'import',
  'export',
  'catalogue',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'revoke',
  'reference_sync',
  'merge',
  'merged',
  'erase',
  'export',
  'file_import',
  'file_export',
  'generate',
  'transition',
  'comment',
  'attach',
  'detach',
  'import',
  'confirm_win',
  'add_milestone',
  'update_milestone',
  'remove_milestone',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Mirrors the limits of GET /api/v1/audit.
const ENTITY_MAX_LENGTH = 40;
const ID_MAX_LENGTH = 100;

function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const entity = text(params.get('entity'), ENTITY_MAX_LENGTH);
  const user = Number(params.get('user'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    entity,
    id: entity ? text(params.get('id'), ID_MAX_LENGTH) : undefined,
    user: Number.isSafeInteger(user) && user > 0 ? user : undefined,
    actions: [
      ...new Set(
        (params.get('action') ?? '')
          .split(',')
          .map((action) => action.trim())
          .filter(Boolean),
      ),
    ],
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
}

export function toAuditSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.entity) params.set('entity', filters.entity);
  if (filters.entity && filters.id) params.set('id', filters.id);
  if (filters.user) params.set('user', String(filters.user));
  if (filters.actions.length > 0) params.set('action', filters.actions.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return toAuditSearchParams(filters).toString() !== '';
}

export function toAuditApiQuery(filters: AuditFilters, limit: number, cursor?: string): ApiAuditQuery {
  const query: ApiAuditQuery = { limit };
  if (filters.entity) query.entity = filters.entity;
  if (filters.entity && filters.id) query.id = filters.id;
  if (filters.user) query.user = filters.user;
  if (filters.actions.length > 0) query.action = filters.actions.join(',');
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (cursor) query.cursor = cursor;
  return query;
}
