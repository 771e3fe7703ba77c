import type { AttacheStatus } from '../api/types';

/** In the order a posting goes through them. */
export const ATTACHE_STATUSES = [
  'planned',
  'en_route',
  'active',
  'ended',
] as const satisfies readonly AttacheStatus[];

export const ATTACHE_TAG_COLORS: Record<AttacheStatus, string> = {
  planned: 'blue',
  en_route: 'gold',
  active: 'green',
  ended: 'default',
};
