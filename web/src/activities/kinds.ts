import type { ActivityKind } from './types';

export const ACTIVITY_KINDS = [
  'meeting',
  'call',
  'visit',
  'email',
  'event',
] as const satisfies readonly ActivityKind[];

export const KIND_COLORS: Record<ActivityKind, string> = {
  meeting: 'blue',
  call: 'cyan',
  visit: 'purple',
  email: 'default',
  event: 'gold',
};
