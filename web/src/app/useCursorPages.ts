import { useState } from 'react';

/**
 * Pages of a cursor-paginated list: cursors lead only forward, so the cursors of the pages
 * passed are kept to go back. A new `listKey` (other filters or order) starts from page 1.
 */
export function useCursorPages(listKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: listKey, cursors: [] });
  // Reset while rendering, not in an effect: no request for a stale cursor ever goes out.
  const cursors = state.key === listKey ? state.cursors : [];
  if (state.key !== listKey) setState({ key: listKey, cursors: [] });
  return {
    /** The cursor of the page shown; undefined on the first. */
    cursor: cursors[cursors.length - 1],
    /** 1-based. */
    page: cursors.length + 1,
    next: (cursor: string) => setState({ key: listKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: listKey, cursors: cursors.slice(0, -1) }),
    first: () => setState({ key: listKey, cursors: [] }),
  };
}
