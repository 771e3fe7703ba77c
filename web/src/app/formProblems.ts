import type { FormInstance } from 'antd';
import { ProblemError, problemFieldErrors } from '../api/problem';

/**
 * Puts a 422's field errors (`errors[].pointer`, e.g. "/since") onto the matching form
 * fields, so the reader sees the server's message where the value is.
 */
export function showFieldProblems(form: FormInstance, error: unknown, fields: readonly string[]): void {
  if (!(error instanceof ProblemError)) return;
  const { fields: fieldErrors } = problemFieldErrors(error.problem, fields);
  if (fieldErrors.length > 0) form.setFields(fieldErrors);
}
