import type { PresenceStatus } from '../api/types';

/** Display order: strongest presence first, as the legend and lists show them. */
export const PRESENCE_STATUSES = [
  'active',
  'planned',
  'suspended',
  'none',
] as const satisfies readonly PresenceStatus[];

/** Statuses that mean the service is (or is about to be) in the country. */
export const WITH_PRESENCE: readonly PresenceStatus[] = ['active', 'planned', 'suspended'];

/**
 * Fill colours for the map and legend. The same hue families as the antd tag presets below
 * (green-7, blue-6, orange-6), so a status looks the same on the map and in tables; "none"
 * is a neutral grey that recedes behind the countries that matter.
 */
export const PRESENCE_COLORS: Record<PresenceStatus, string> = {
  active: '#389e0d',
  planned: '#1677ff',
  suspended: '#fa8c16',
  none: '#dde3ea',
};

export const PRESENCE_TAG_COLORS: Record<PresenceStatus, string> = {
  active: 'green',
  planned: 'blue',
  suspended: 'orange',
  none: 'default',
};

export function isPresenceStatus(value: string): value is PresenceStatus {
  return (PRESENCE_STATUSES as readonly string[]).includes(value);
}

export function presenceRank(status: PresenceStatus): number {
  return PRESENCE_STATUSES.indexOf(status);
}
