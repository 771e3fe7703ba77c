import { describe, expect, it } from 'vitest';
import { pointerToPath, problemFieldErrors, ProblemError, toProblemError } from './problem';
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
