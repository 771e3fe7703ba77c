import type { Deal, DealBoard, DealStage } from './types';

/** The deal of the board with `id`, and the stage whose column holds it. */
export function findCard(board: DealBoard | undefined, id: number): Deal | undefined {
  for (const column of board?.columns ?? []) {
    const deal = column.items.find((item) => item.id === id);
    if (deal) return deal;
  }
  return undefined;
}

/** Whether the reader may drop `deal` on the column of `to`: the server lists the moves it allows. */
export function canDrop(deal: Pick<Deal, 'stage' | 'allowed_transitions'>, to: DealStage): boolean {
  return deal.stage !== to && deal.allowed_transitions.includes(to);
}

/** Whether a card can be picked up at all: a deal the reader may not move stays put. */
export function isMovable(deal: Pick<Deal, 'allowed_transitions'>): boolean {
  return deal.allowed_transitions.length > 0;
}

/**
 * The board as it will be once `id` has moved to `to`, shown while the server is asked: the
 * card leaves its column for the top of the other (the board shows the most recently moved
 * first) and the counts follow. The sums in roubles and dollars wait for the server's answer,
 * which converts at the day's rates.
 */
export function moveOnBoard(board: DealBoard, id: number, to: DealStage): DealBoard {
  const deal = findCard(board, id);
  if (!deal || deal.stage === to) return board;
  const moved: Deal = { ...deal, stage: to, allowed_transitions: [] };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.code === deal.stage) {
        return {
          ...column,
          deals: Math.max(0, column.deals - 1),
          items: column.items.filter((item) => item.id !== id),
        };
      }
      if (column.stage.code === to) {
        return {
          ...column,
          deals: column.deals + 1,
          items: [{ ...moved, probability: column.stage.probability }, ...column.items],
        };
      }
      return column;
    }),
  };
}

/** How many deals the board holds in all, over every column (not only the cards shown). */
export function boardTotal(board: DealBoard | undefined): number {
  return (board?.columns ?? []).reduce((sum, column) => sum + column.deals, 0);
}
