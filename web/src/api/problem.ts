import type { FieldError, Problem } from './types';

/** A failed API call, carrying the server's RFC 9457 problem (or one made up for it). */
export class ProblemError extends Error {
  readonly problem: Problem;
  /** Seconds the server asked to wait before trying again (429, 503), when it said. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { title, status } = body as Record<string, unknown>;
  return typeof title === 'string' && typeof status === 'number';
}

/**
 * Retry-After (RFC 9110) as whole seconds from `now`: either delta-seconds or an HTTP date.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its weekday and month; Date.parse would take "-5" for a year.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns an error response into a ProblemError, whatever its body turned out to be. */
export function toProblemError(body: unknown, response: Response): ProblemError {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (isProblem(body)) return new ProblemError(body, retryAfter);
  // Not from our server (a proxy's HTML page, an empty 502): keep the status at least.
  return new ProblemError(
    {
      type: response.status >= 500 ? '/problems/unavailable' : '/problems/bad-request',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: typeof body === 'string' && body.length < 300 ? body : undefined,
      request_id: response.headers.get('X-Request-Id') ?? undefined,
    },
    retryAfter,
  );
}

export interface FormFieldError {
  name: string[];
  errors: string[];
}

/** Decodes one JSON Pointer (RFC 6901) into path segments: "/a~1b/c" -> ["a/b", "c"]. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Splits a problem's `errors` into those that name one of the form's fields, by pointer or
 * query parameter (ready for
 * antd's `form.setFields`) and the rest, which the form shows as a general alert.
 */
export function problemFieldErrors(
  problem: Problem,
  fields: readonly string[],
): { fields: FormFieldError[]; other: FieldError[] } {
  const byField = new Map<string, string[]>();
  const other: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    // A body's field by its pointer; a query's (GET forms, such as a conversion) by its name.
    const field = error.pointer !== undefined ? pointerToPath(error.pointer)[0] : error.parameter;
    if (field !== undefined && fields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), error.message]);
    } else {
      other.push(error);
    }
  }
  return {
    fields: [...byField].map(([name, errors]) => ({ name: [name], errors })),
    other,
  };
}
