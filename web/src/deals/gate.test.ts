import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/types';
import { formFieldOf } from './formValues';
import { gateIssues, gateMarks, needs } from './gate';

const problem = (errors: Problem['errors']): Problem => ({
  type: '/problems/validation',
  title: 'Invalid data',
  status: 422,
  errors,
});

describe('gateIssues', () => {
  it('sends each missing field to where it is filled in', () => {
    const issues = gateIssues(
      problem([
        { pointer: '/value', message: 'Needed from the proposal stage on: the value of the deal.' },
        { pointer: '/counterparty_id', message: 'Needed from the proposal stage on: the counterparty.' },
        { pointer: '/milestones', message: 'Plan a milestone first.' },
        { pointer: '/reason', message: 'Say why the deal ended.' },
        { pointer: '/to', message: 'Allowed: signed, abandoned.' },
      ]),
      formFieldOf,
    );
    expect(issues.map(({ place, field }) => [place, field])).toEqual([
      ['form', 'amount'],
      ['form', 'counterparty_id'],
      ['milestones', undefined],
      ['dialog', undefined],
      ['other', undefined],
    ]);
    expect(issues[0]?.message).toBe('Needed from the proposal stage on: the value of the deal.');
    expect(needs(issues, 'form')).toBe(true);
    expect(needs(issues, 'milestones')).toBe(true);
  });

  it('has nothing to say of a problem without field errors', () => {
    expect(gateIssues(problem(undefined), formFieldOf)).toEqual([]);
  });
});

describe('gateMarks', () => {
  it('gathers the messages of each form field, leaving out what the form cannot supply', () => {
    const issues = gateIssues(
      problem([
        { pointer: '/value', message: 'Needed: the value.' },
        { pointer: '/value/currency', message: 'Needed: the currency.' },
        { pointer: '/value', message: 'Too large.' },
        { pointer: '/reason', message: 'Say why.' },
      ]),
      formFieldOf,
    );
    expect(gateMarks(issues)).toEqual([
      { name: 'amount', errors: ['Needed: the value.', 'Too large.'] },
      { name: 'currency', errors: ['Needed: the currency.'] },
    ]);
  });
});
