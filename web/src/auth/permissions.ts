import type { Me, Role } from '../api/types';

/**
 * The permissions the UI asks about. The server decides (GET /api/v1/me lists what the
 * caller holds, and every call is checked again); this list only keeps the UI's questions
 * free of typos and orders the permissions for display.
 */
export const PERMISSIONS = [
  'country.read',
  'country.update',
  'attache.read',
  'attache.create',
  'attache.update',
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'contact.read',
  'contact.create',
  'contact.update',
  'contact.delete',
  'solution.read',
  'solution.create',
  'solution.update',
  'solution.delete',
  'request.read',
  'request.create',
  'request.update',
  'request_type.read',
  'request_type.create',
  'request_type.update',
  'deal.read',
  'deal.create',
  'deal.update',
  'deal_stage.read',
  'deal_stage.update',
  'export_win.create',
  'relocation.read',
  'relocation.create',
  'relocation.update',
  'activity.read',
  'activity.create',
  'activity.update',
  'fx.read',
  'fx.create',
  'taxonomy.read',
  'taxonomy.create',
  'taxonomy.update',
  'showcase.read',
  'import.create',
  'user.read',
  'user.create',
  'user.update',
  'token.read',
  'token.create',
  'token.delete',
  'audit.read',
  'profile.read',
  'profile.update',
  'session.create',
  'session.delete',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'analyst',
  'attache',
  'company',
  'region',
  'viewer',
] as const satisfies readonly Role[];

/** The attributes of one record that a role's scope is decided on. */
export interface Scope {
  /** ISO 3166-1 alpha-2 code of the record's country. */
  country?: string;
  company?: number;
  /** ISO 3166-2 code of the record's region, `RU-TA`. */
  region?: string;
}

/**
 * Whether the signed-in user may do `permission`, on a record with `scope` when given. The
 * server says in which scope each permission is held (`me.scopes`, from its policy table,
 * `attache policy`): on every record, on those of the user's own countries, company or region,
 * or on the user's own. Without a `scope` the question is whether the permission is held at all.
 */
export function can(me: Me | null | undefined, permission: Permission, scope?: Scope): boolean {
  if (!me || !me.permissions.includes(permission)) return false;
  if (!scope) return true;
  const { user } = me;
  switch (me.scopes[permission]) {
    case 'all':
      return true;
    case 'own_countries':
      return scope.country === undefined || user.countries.includes(scope.country.toUpperCase());
    case 'own_company':
      return scope.company === undefined || user.company_id === scope.company;
    case 'own_region':
      return scope.region === undefined || user.region === scope.region.toUpperCase();
    case 'self':
      return true;
    default:
      return false;
  }
}

export interface PermissionGroup {
  resource: string;
  permissions: string[];
}

function rank(permission: string): number {
  const index = (PERMISSIONS as readonly string[]).indexOf(permission);
  return index === -1 ? PERMISSIONS.length : index;
}

/**
 * Permissions grouped by resource ("attache.update" -> "attache"), in the order of
 * PERMISSIONS; ones the UI does not know yet follow, alphabetically, rather than vanish.
 */
export function groupPermissions(permissions: readonly string[]): PermissionGroup[] {
  const sorted = [...new Set(permissions)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const groups: PermissionGroup[] = [];
  for (const permission of sorted) {
    const dot = permission.indexOf('.');
    const resource = dot === -1 ? permission : permission.slice(0, dot);
    const group = groups.find((candidate) => candidate.resource === resource);
    if (group) group.permissions.push(permission);
    else groups.push({ resource, permissions: [permission] });
  }
  return groups;
}

/**
 * What an API token may be given: the caller's own permissions, except signing in and out,
 * which only a browser session does.
 */
export function tokenPermissions(me: Me): string[] {
  return me.permissions.filter((permission) => !permission.startsWith('session.'));
}
