import type { Problem } from '../api/types';

/**
 * Where the reader can supply what a refused move lacks: a field of the record's form, the
 * milestones of a deal's contract, the move's own dialog (reason, winner), or nowhere (a move
 * that is not allowed at all).
 */
export type GatePlace = 'form' | 'milestones' | 'dialog' | 'other';

/** One thing a refused move lacks, in the server's words. */
export interface GateIssue<F extends string = string> {
  pointer: string | undefined;
  message: string;
  place: GatePlace;
  /** The form field to fill in, for a `form` issue. */
  field?: F;
}

const DIALOG_FIELDS = ['/reason', '/lost_to'];

/**
 * What a 422 on a move says is missing, each with the place to supply it; `fieldOf` names the
 * form field of a pointer, if the form has one.
 */
export function gateIssues<F extends string>(
  problem: Problem,
  fieldOf: (pointer: string | undefined) => F | undefined,
): GateIssue<F>[] {
  return (problem.errors ?? []).map(({ pointer, message }) => {
    if (pointer !== undefined && DIALOG_FIELDS.includes(pointer))
      return { pointer, message, place: 'dialog' };
    if (pointer === '/milestones' || pointer?.startsWith('/milestones/'))
      return { pointer, message, place: 'milestones' };
    const field = pointer === '/to' ? undefined : fieldOf(pointer);
    return field ? { pointer, message, place: 'form', field } : { pointer, message, place: 'other' };
  });
}

/** Whether the places of `issues` include `place`: which ways out the refusal offers. */
export function needs(issues: readonly GateIssue[], place: GatePlace): boolean {
  return issues.some((issue) => issue.place === place);
}

/** What each form field lacks, for marking the fields of the form the reader was sent to. */
export function gateMarks<F extends string>(
  issues: readonly GateIssue<F>[],
): { name: F; errors: string[] }[] {
  const byField = new Map<F, string[]>();
  for (const issue of issues) {
    if (issue.field) byField.set(issue.field, [...(byField.get(issue.field) ?? []), issue.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
