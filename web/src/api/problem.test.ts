import { describe, expect, it } from 'vitest';
import { parseRetryAfter, pointerToPath, problemFieldErrors, ProblemError, toProblemError } from './problem';
import type { Problem } from './types';

const invalid: Problem = {
  type: '/problems/validation',
  title: 'Invalid request',
  status: 422,
  detail: 'Some fields are invalid.',
  request_id: 'req-1',
  errors: [
    { pointer: '/since', message: 'The date is in the future.' },
    { pointer: '/note', message: 'Too long.' },
    { pointer: '/since', message: 'Not a date.' },
    { pointer: '/unknown', message: 'Not allowed.' },
    { parameter: 'limit', message: 'Too big.' },
    { pointer: '', message: 'The body is not an object.' },
  ],
};

describe('pointerToPath', () => {
  it('decodes JSON Pointer segments', () => {
    expect(pointerToPath('/since')).toEqual(['since']);
    expect(pointerToPath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerToPath('')).toEqual([]);
  });
});

describe('problemFieldErrors', () => {
  it('puts errors on the named form fields and keeps the rest apart', () => {
    const { fields, other } = problemFieldErrors(invalid, ['status', 'since', 'note']);
    expect(fields).toEqual([
      { name: ['since'], errors: ['The date is in the future.', 'Not a date.'] },
      { name: ['note'], errors: ['Too long.'] },
    ]);
    expect(other.map((e) => e.message)).toEqual(['Not allowed.', 'Too big.', 'The body is not an object.']);
  });

  it('maps nested pointers to their top-level field', () => {
    const nested: Problem = { ...invalid, errors: [{ pointer: '/email/0', message: 'Bad.' }] };
    expect(problemFieldErrors(nested, ['email']).fields).toEqual([{ name: ['email'], errors: ['Bad.'] }]);
  });

  it('puts the errors of query parameters on the fields of the same names', () => {
    const query: Problem = {
      type: '/problems/bad-request',
      title: 'Bad request',
      status: 400,
      errors: [
        { parameter: 'amount', message: 'At most 2 decimals.' },
        { parameter: 'limit', message: 'Too many.' },
      ],
    };
    const { fields, other } = problemFieldErrors(query, ['amount', 'currency']);
    expect(fields).toEqual([{ name: ['amount'], errors: ['At most 2 decimals.'] }]);
    expect(other.map((e) => e.parameter)).toEqual(['limit']);
  });

  it('handles a problem without errors', () => {
    expect(
      problemFieldErrors({ type: '/problems/conflict', title: 'Conflict', status: 409 }, ['note']),
    ).toEqual({
      fields: [],
      other: [],
    });
  });
});

describe('toProblemError', () => {
  it('keeps a server problem as it is', () => {
    const error = toProblemError(invalid, new Response(null, { status: 422 }));
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(422);
    expect(error.message).toBe('Some fields are invalid.');
  });

  it('makes up a problem for a body that is not one', () => {
    const response = new Response(null, {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'X-Request-Id': 'r9' },
    });
    const error = toProblemError('<html>proxy error</html>', response);
    expect(error.problem).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      type: '/problems/unavailable',
      request_id: 'r9',
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('gives nothing for a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });

  it('travels with the problem of a 429', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '300' } });
    const error = toProblemError(
      { type: '/problems/too-many-requests', title: 'Too many', status: 429 },
      response,
    );
    expect(error.retryAfter).toBe(300);
  });
});
