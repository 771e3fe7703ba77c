import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { endDateProblem, nameProblem } from './attacheRules';

describe('nameProblem', () => {
  it('needs a name in at least one language', () => {
    expect(nameProblem('', ' ')).toBe('nameRequired');
    expect(nameProblem(undefined, undefined)).toBe('nameRequired');
    expect(nameProblem('', 'Ivan Petrov')).toBeNull();
    expect(nameProblem('Иван Петров', '')).toBeNull();
  });

  it('limits a name to 200 characters', () => {
    expect(nameProblem('я'.repeat(200), '')).toBeNull();
    expect(nameProblem('я'.repeat(201), 'ok')).toBe('nameTooLong');
  });
});

describe('endDateProblem', () => {
  const start = dayjs('2023-03-01');

  it('needs an end date once the posting has ended', () => {
    expect(endDateProblem({ status: 'ended', start_date: start, end_date: null })).toBe('endDateRequired');
    expect(endDateProblem({ status: 'active', start_date: start, end_date: null })).toBeNull();
  });

  it('does not let the end come before the start', () => {
    expect(endDateProblem({ status: 'ended', start_date: start, end_date: dayjs('2023-02-28') })).toBe(
      'endBeforeStart',
    );
    expect(endDateProblem({ status: 'ended', start_date: start, end_date: start })).toBeNull();
    expect(endDateProblem({ status: 'ended', start_date: null, end_date: start })).toBeNull();
  });
});
