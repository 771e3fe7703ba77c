import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { ApiShowcaseQuery } from '../solutions/types';

export const showcaseKeys = {
  list: (query: ApiShowcaseQuery) => ['showcase', 'list', query] as const,
  one: (id: number) => ['showcase', 'one', id] as const,
};

// The server lets its answers be cached for a minute; asking more often only spends the
// visitor's budget of requests.
const STALE_MS = 60_000;

export function useShowcaseList(query: ApiShowcaseQuery) {
  return useQuery({
    queryKey: showcaseKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/showcase/solutions', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function useShowcaseSolution(id: number) {
  return useQuery({
    queryKey: showcaseKeys.one(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/showcase/solutions/{id}', { params: { path: { id } }, signal }))).data,
    enabled: Number.isSafeInteger(id) && id > 0,
    staleTime: STALE_MS,
  });
}
