import type { FormInstance } from 'antd';
import { ProblemError, problemFieldErrors } from '../api/problem';

/**
 * Puts a 422's field errors (`errors[].pointer`, e.g. "/since") onto the matching form
 * fields, so the reader sees the server's message where the value is. `fieldOf` names the
 * field of a pointer where the form does not follow the body's shape (an amount typed apart
 * from its currency for "/value").
 */
export function showFieldProblems(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  fieldOf?: (pointer: string | undefined) => string | undefined,
): void {
  if (!(error instanceof ProblemError)) return;
  const problem = fieldOf
    ? {
        ...error.problem,
        errors: error.problem.errors?.map((item) => {
          const field = fieldOf(item.pointer);
          return field && item.pointer !== undefined ? { ...item, pointer: `/${field}` } : item;
        }),
      }
    : error.problem;
  const { fields: fieldErrors } = problemFieldErrors(problem, fields);
  if (fieldErrors.length > 0) form.setFields(fieldErrors);
}
