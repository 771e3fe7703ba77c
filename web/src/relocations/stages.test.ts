import { describe, expect, it } from 'vitest';
import { isClosed, mainTransition, orderedTransitions, reasonNeed, stageLeft, stepState } from './stages';
import type { RelocationStage, RelocationStageChange } from './types';

const change = (from: RelocationStage | null, to: RelocationStage, reason = ''): RelocationStageChange => ({
  from,
  to,
  reason,
  by: { id: 4, display_name: 'Demo attaché in Vietnam' },
  at: '2026-11-22T10:00:00Z',
});

describe('relocation stages', () => {
  it('offer the next stage along the way as the main move, when allowed', () => {
    expect(mainTransition('prospect', ['engaged', 'lost'])).toBe('engaged');
    expect(mainTransition('engaged', ['prospect', 'application', 'lost'])).toBe('application');
    expect(mainTransition('application', ['engaged', 'lost'])).toBeUndefined();
    expect(mainTransition('lost', [])).toBeUndefined();
  });

  it('list the allowed moves in the order of the way, lost last', () => {
    expect(orderedTransitions(['lost', 'application', 'prospect'])).toEqual([
      'prospect',
      'application',
      'lost',
    ]);
  });

  it('ask why only when the company is lost, and close relocated and lost cases', () => {
    expect(reasonNeed('lost')).toBe('reason');
    expect(reasonNeed('engaged')).toBe('none');
    expect(isClosed('relocated')).toBe(true);
    expect(isClosed('application')).toBe(false);
  });

  it('stop a lost case, failed, at the stage it left, as its history tells', () => {
    const history = [
      change(null, 'prospect'),
      change('prospect', 'engaged'),
      change('engaged', 'application'),
      change('application', 'lost', 'Chose Dubai'),
    ];
    expect(stageLeft('lost', history)).toBe('application');
    expect(stepState('lost', stageLeft('lost', history))).toEqual({ current: 2, status: 'error' });
    // A history without the opening tells it as well.
    expect(stageLeft('lost', [change('prospect', 'engaged'), change('engaged', 'lost')])).toBe('engaged');
  });

  it('show no failed step before the history is read, and none for a case still on its way', () => {
    expect(stageLeft('lost', undefined)).toBeUndefined();
    expect(stepState('lost')).toEqual({ current: -1, status: 'error' });
    expect(stageLeft('engaged', [change(null, 'prospect'), change('prospect', 'engaged')])).toBeUndefined();
    expect(stepState('engaged')).toEqual({ current: 1, status: 'process' });
    expect(stepState('relocated')).toEqual({ current: 3, status: 'finish' });
  });
});
