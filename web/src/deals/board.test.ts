import { describe, expect, it } from 'vitest';
import { boardTotal, canDrop, findCard, isMovable, moveOnBoard } from './board';
import { testBoard, testDeal } from './testDeal';

describe('canDrop', () => {
  it('takes only the stages the server allows, never the deal’s own', () => {
    const deal = testDeal({ stage: 'proposal', allowed_transitions: ['negotiation', 'lost'] });
    expect(canDrop(deal, 'negotiation')).toBe(true);
    expect(canDrop(deal, 'lost')).toBe(true);
    expect(canDrop(deal, 'signed')).toBe(false);
    expect(canDrop(deal, 'proposal')).toBe(false);
  });

  it('leaves a deal the reader may not move where it is', () => {
    expect(isMovable(testDeal({ allowed_transitions: [] }))).toBe(false);
    expect(isMovable(testDeal())).toBe(true);
  });
});

describe('moveOnBoard', () => {
  const a = testDeal({ id: 1, stage: 'lead' });
  const b = testDeal({ id: 2, stage: 'lead' });
  const c = testDeal({ id: 3, stage: 'proposal' });
  const board = testBoard(['lead', 'qualified', 'proposal'], [a, b, c]);

  it('takes the card out of its column and puts it on top of the other, counts following', () => {
    const moved = moveOnBoard(board, 2, 'proposal');
    const [lead, qualified, proposal] = moved.columns;
    expect(lead?.items.map((deal) => deal.id)).toEqual([1]);
    expect(lead?.deals).toBe(1);
    expect(qualified?.deals).toBe(0);
    expect(proposal?.items.map((deal) => deal.id)).toEqual([2, 3]);
    expect(proposal?.deals).toBe(2);
    expect(proposal?.items[0]?.stage).toBe('proposal');
    expect(proposal?.items[0]?.probability).toBe(20);
  });

  it('makes the moved card still while the server answers', () => {
    const moved = moveOnBoard(board, 1, 'qualified');
    expect(findCard(moved, 1)?.allowed_transitions).toEqual([]);
  });

  it('leaves the board alone for an unknown card or its own column', () => {
    expect(moveOnBoard(board, 99, 'proposal')).toBe(board);
    expect(moveOnBoard(board, 3, 'proposal')).toBe(board);
  });

  it('does not change the board it was given', () => {
    moveOnBoard(board, 1, 'proposal');
    expect(board.columns[0]?.items.map((deal) => deal.id)).toEqual([1, 2]);
  });

  it('counts every deal, not only the cards shown', () => {
    const many = {
      ...board,
      columns: board.columns.map((column) => ({ ...column, deals: column.deals + 40 })),
    };
    expect(boardTotal(many)).toBe(3 + 120);
    expect(boardTotal(undefined)).toBe(0);
  });
});
