import type { RequestStatus } from './types';

// The lifecycle of a request (docs/openapi.yaml, POST /api/v1/requests/{id}/transition):
// new -> triaged -> in_progress -> waiting_on_company -> resolved, and declined or cancelled
// from any open status. The server says which moves the caller may make now.
export const REQUEST_STATUSES = [
  'new',
  'triaged',
  'in_progress',
  'waiting_on_company',
  'resolved',
  'declined',
  'cancelled',
] as const satisfies readonly RequestStatus[];

export const FINAL_STATUSES = [
  'resolved',
  'declined',
  'cancelled',
] as const satisfies readonly RequestStatus[];

/** What the status filter offers besides the statuses: every status that is not final. */
export const OPEN = 'open';
export type StatusChoice = RequestStatus | typeof OPEN;
export const STATUS_CHOICES = [OPEN, ...REQUEST_STATUSES] as const satisfies readonly StatusChoice[];

export const STATUS_COLORS: Record<RequestStatus, string> = {
  new: 'blue',
  triaged: 'cyan',
  in_progress: 'geekblue',
  waiting_on_company: 'gold',
  resolved: 'green',
  declined: 'red',
  cancelled: 'default',
};

export function isFinal(status: RequestStatus): boolean {
  return (FINAL_STATUSES as readonly RequestStatus[]).includes(status);
}

/** What a move asks for besides the click: a reason to decline or cancel, a note on resolving. */
export type ReasonNeed = 'required' | 'optional' | 'none';

export function reasonNeed(to: RequestStatus): ReasonNeed {
  if (to === 'declined' || to === 'cancelled') return 'required';
  return to === 'resolved' ? 'optional' : 'none';
}

/**
 * The moves the server allows, in the order the buttons show them: along the lifecycle first,
 * the ways out (decline, cancel) last.
 */
export function orderedTransitions(allowed: readonly RequestStatus[]): RequestStatus[] {
  return REQUEST_STATUSES.filter((status) => allowed.includes(status));
}

/** The move its button stands out for: resolving when allowed, else the next step forward. */
export function mainTransition(allowed: readonly RequestStatus[]): RequestStatus | undefined {
  if (allowed.includes('resolved')) return 'resolved';
  return orderedTransitions(allowed).find((status) => reasonNeed(status) === 'none');
}

/** The i18n key of a move's button: going back to work from waiting on the company is resuming it. */
export function transitionLabelKey(
  from: RequestStatus,
  to: Exclude<RequestStatus, 'new'>,
): `requests.transitions.${Exclude<RequestStatus, 'new'> | 'resume'}` {
  return from === 'waiting_on_company' && to === 'in_progress'
    ? 'requests.transitions.resume'
    : `requests.transitions.${to}`;
}
