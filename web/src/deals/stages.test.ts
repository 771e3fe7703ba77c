import { describe, expect, it } from 'vitest';
import { isFinal, mainTransition, orderedTransitions, reasonNeed, stageLeft, stepState } from './stages';
import type { DealStageChange } from './types';

const change = (from: DealStageChange['from'], to: DealStageChange['to']): DealStageChange => ({
  from,
  to,
  reason: '',
  by: null,
  at: '2026-11-01T10:00:00Z',
});

describe('transitions', () => {
  it('orders the allowed moves along the pipeline, the ways out last', () => {
    expect(orderedTransitions(['abandoned', 'signed', 'lead', 'lost', 'negotiation'])).toEqual([
      'lead',
      'negotiation',
      'signed',
      'lost',
      'abandoned',
    ]);
  });

  it('offers the next stage as the main move when it is allowed', () => {
    expect(mainTransition('lead', ['qualified', 'proposal', 'lost'])).toBe('qualified');
    expect(mainTransition('signed', ['in_implementation', 'abandoned'])).toBe('in_implementation');
    expect(mainTransition('signed', ['abandoned'])).toBeUndefined();
    expect(mainTransition('lost', [])).toBeUndefined();
  });

  it('asks why a deal is lost (and to whom) or abandoned', () => {
    expect(reasonNeed('lost')).toBe('reason_and_winner');
    expect(reasonNeed('abandoned')).toBe('reason');
    expect(reasonNeed('signed')).toBe('none');
  });

  it('knows the stages nothing moves any more', () => {
    expect(isFinal('completed')).toBe(true);
    expect(isFinal('lost')).toBe(true);
    expect(isFinal('signed')).toBe(false);
  });
});

describe('steps', () => {
  it('shows a deal in the pipeline at its stage, a completed one finished', () => {
    expect(stepState('proposal')).toEqual({ current: 2, status: 'process' });
    expect(stepState('completed')).toEqual({ current: 6, status: 'finish' });
  });

  it('stops a lost deal at the stage it left, as its history says', () => {
    const history = [change(null, 'lead'), change('lead', 'proposal'), change('proposal', 'lost')];
    expect(stageLeft('lost', history)).toBe('proposal');
    expect(stepState('lost', 'proposal')).toEqual({ current: 2, status: 'error' });
  });

  it('cannot tell where a closed deal stopped without its history', () => {
    expect(stageLeft('abandoned', undefined)).toBeUndefined();
    expect(stepState('abandoned')).toEqual({ current: -1, status: 'error' });
    expect(stageLeft('proposal', [change(null, 'proposal')])).toBeUndefined();
  });
});
