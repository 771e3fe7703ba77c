import { describe, expect, it } from 'vitest';
import { isClosed, mainTransition, orderedTransitions, reasonNeed } from './stages';

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
});
