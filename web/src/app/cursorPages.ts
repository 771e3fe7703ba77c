import { keepPreviousData } from '@tanstack/react-query';

/** A page of a cursor-paged list of the API. */
interface Page {
  next_cursor: string | null;
}

/**
 * The options of a "show more" list (useInfiniteQuery) over a cursor-paged endpoint:
 * `fetchPage` reads the page at a cursor ('' for the first). The pages shown stay while other
 * filters load.
 */
export function cursorPages<P extends Page>(fetchPage: (cursor: string, signal: AbortSignal) => Promise<P>) {
  return {
    queryFn: ({ pageParam, signal }: { pageParam: string; signal: AbortSignal }) =>
      fetchPage(pageParam, signal),
    initialPageParam: '',
    getNextPageParam: (page: P) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  };
}

/** A list's query with the cursor of the page to read; none for the first. */
export function atCursor<Q extends object>(query: Q, cursor: string): Q & { cursor?: string } {
  return cursor ? { ...query, cursor } : query;
}
