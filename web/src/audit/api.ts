import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { ApiAuditQuery } from './auditQuery';
import { auditKeys } from './keys';

async function fetchAudit(query: ApiAuditQuery, signal: AbortSignal) {
  return (await send(api.GET('/api/v1/audit', { params: { query }, signal }))).data;
}

export function useAuditList(query: ApiAuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => fetchAudit(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The history of one record, newest first, a page at a time ("show more"). */
export function useRecordHistory(entity: string, id: string, pageSize: number) {
  return useInfiniteQuery({
    queryKey: auditKeys.record(entity, id),
    queryFn: ({ signal, pageParam }) =>
      fetchAudit({ entity, id, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: '',
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}
