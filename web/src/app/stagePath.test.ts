import { describe, expect, it } from 'vitest';
import { stageLeftOf, stepStateOn } from './stagePath';

type Stage = 'new' | 'doing' | 'done' | 'dropped';
const PATH = ['new', 'doing', 'done'] as const;
const isOut = (stage: Stage) => stage === 'dropped';
const move = (from: Stage | null, to: Stage) => ({ from, to });

describe('stageLeftOf', () => {
  it('finds the stage the last move out of the way left', () => {
    const history = [move(null, 'new'), move('new', 'doing'), move('doing', 'dropped')];
    expect(stageLeftOf<Stage>('dropped', history, isOut)).toBe('doing');
  });

  it('takes the last move out when a record went out more than once', () => {
    const history = [
      move(null, 'new'),
      move('new', 'dropped'),
      move('dropped', 'doing'),
      move('doing', 'dropped'),
    ];
    expect(stageLeftOf<Stage>('dropped', history, isOut)).toBe('doing');
  });

  it('knows nothing before the history is read, for a record on its way, or opened out of the way', () => {
    expect(stageLeftOf<Stage>('dropped', undefined, isOut)).toBeUndefined();
    expect(stageLeftOf<Stage>('doing', [move(null, 'new'), move('new', 'doing')], isOut)).toBeUndefined();
    expect(stageLeftOf<Stage>('dropped', [move(null, 'dropped')], isOut)).toBeUndefined();
    expect(stageLeftOf<Stage>('dropped', [], isOut)).toBeUndefined();
  });
});

describe('stepStateOn', () => {
  it('shows a record on its way in progress, and at the goal finished', () => {
    expect(stepStateOn<Stage>(PATH, 'new', { isOut })).toEqual({ current: 0, status: 'process' });
    expect(stepStateOn<Stage>(PATH, 'doing', { isOut })).toEqual({ current: 1, status: 'process' });
    expect(stepStateOn<Stage>(PATH, 'done', { isOut })).toEqual({ current: 2, status: 'finish' });
  });

  it('stops a record out of the way, failed, at the stage it left, or nowhere when not known', () => {
    expect(stepStateOn<Stage>(PATH, 'dropped', { isOut, left: 'doing' })).toEqual({
      current: 1,
      status: 'error',
    });
    expect(stepStateOn<Stage>(PATH, 'dropped', { isOut })).toEqual({ current: -1, status: 'error' });
  });
});
