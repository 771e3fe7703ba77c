import type { Me } from '../api/types';
import type { Scope } from '../auth/permissions';
import type { SupportRequest } from './types';

/** The attributes a request's scope is decided on (auth/permissions.ts): its country and company. */
export function requestScope(request: Pick<SupportRequest, 'country' | 'organisation_id'>): Scope {
  return { country: request.country, company: request.organisation_id };
}

/**
 * Whether the reader works for the service rather than for a company: staff file for any
 * company, choose assignees and write internal notes.
 */
export function isStaff(me: Me | null): boolean {
  return !!me && me.user.role !== 'company';
}
