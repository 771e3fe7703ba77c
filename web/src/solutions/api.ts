import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send, sendEmpty } from '../api/client';
import { auditKeys } from '../audit/keys';
import { organisationKeys } from '../organisations/api';
import type { ApiSolutionQuery, Solution, SolutionFields, SolutionPatch } from './types';

export const solutionKeys = {
  all: ['solutions'] as const,
  list: (query: ApiSolutionQuery) => ['solutions', 'list', query] as const,
  one: (id: number) => ['solutions', 'one', id] as const,
};

export function useSolutionList(query: ApiSolutionQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: solutionKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/solutions', { params: { query }, signal }))).data,
    // Keep the old page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A solution together with the entity tag an update of it must send back. */
export interface SolutionRecord {
  solution: Solution;
  etag: string;
}

function toRecord({ data, response }: { data: Solution; response: Response }): SolutionRecord {
  return { solution: data, etag: entityTag(response, data.version) };
}

export function useSolution(id: number) {
  return useQuery({
    queryKey: solutionKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/solutions/{id}', { params: { path: { id } }, signal }))),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: solutionKeys.all });
    // Owners show how many solutions they have.
    void client.invalidateQueries({ queryKey: organisationKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateSolution() {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: SolutionFields) =>
      toRecord(await send(api.POST('/api/v1/solutions', { body: fields }))),
    onSuccess: (record) => {
      refresh();
      client.setQueryData(solutionKeys.one(record.solution.id), record);
    },
  });
}

export function usePatchSolution(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ patch, etag }: { patch: SolutionPatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/solutions/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: (record) => {
      refresh();
      client.setQueryData(solutionKeys.one(id), record);
    },
  });
}

export function useArchiveSolution(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (etag: string) =>
      sendEmpty(
        api.DELETE('/api/v1/solutions/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSettled: refresh,
  });
}
