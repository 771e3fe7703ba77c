import type { Problem } from '../api/types';
import { formFieldOf, type FormField } from './formValues';

/**
 * Where the reader can supply what a refused move lacks: a field of the deal's form, the
 * milestones of its contract, the move's own dialog (reason, winner), or nowhere (a move that
 * is not allowed at all).
 */
export type GatePlace = 'form' | 'milestones' | 'dialog' | 'other';

/** One thing a refused move lacks, in the server's words. */
export interface GateIssue {
  pointer: string | undefined;
  message: string;
  place: GatePlace;
  /** The form field to fill in, for a `form` issue. */
  field?: FormField;
}

const DIALOG_FIELDS = ['/reason', '/lost_to'];

/** What a 422 on a move says is missing, each with the place to supply it. */
export function gateIssues(problem: Problem): GateIssue[] {
  return (problem.errors ?? []).map(({ pointer, message }) => {
    if (pointer !== undefined && DIALOG_FIELDS.includes(pointer))
      return { pointer, message, place: 'dialog' };
    if (pointer === '/milestones' || pointer?.startsWith('/milestones/'))
      return { pointer, message, place: 'milestones' };
    const field = pointer === '/to' ? undefined : formFieldOf(pointer);
    return field ? { pointer, message, place: 'form', field } : { pointer, message, place: 'other' };
  });
}

/** Whether the places of `issues` include `place`: which ways out the refusal offers. */
export function needs(issues: readonly GateIssue[], place: GatePlace): boolean {
  return issues.some((issue) => issue.place === place);
}
