import type { Scope } from '../auth/permissions';

/** The attributes a solution's scope is decided on (auth/permissions.ts): its owner's. */
export function solutionScope(solution: {
  organisation_id: number;
  organisation: { country: string };
}): Scope {
  return { country: solution.organisation.country, company: solution.organisation_id };
}
