import type { TFunction } from 'i18next';

const RESOURCES = [
  'country',
  'attache',
  'organisation',
  'contact',
  'solution',
  'request',
  'request_type',
  'deal',
  'deal_stage',
  'export_win',
  'relocation',
  'activity',
  'fx',
  'taxonomy',
  'showcase',
  'import',
  'user',
  'token',
  'audit',
  'profile',
  'session',
] as const;
const ACTIONS = ['read', 'create', 'update', 'delete'] as const;

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}

/** "Countries" for "country"; a resource the UI does not know yet keeps its code. */
export function resourceLabel(t: TFunction, resource: string): string {
  return isOneOf(resource, RESOURCES) ? t(`permissions.resources.${resource}`) : resource;
}

/** "Change" for "attache.update"; an unknown action keeps its code. */
export function actionLabel(t: TFunction, permission: string): string {
  const action = permission.slice(permission.indexOf('.') + 1);
  return isOneOf(action, ACTIONS) ? t(`permissions.actions.${action}`) : action;
}
