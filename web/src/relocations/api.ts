import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send } from '../api/client';
import { auditKeys } from '../audit/keys';
import type { StageMove } from '../deals/useStageMove';
import type {
  ApiRelocationQuery,
  RelocationCase,
  RelocationCaseFields,
  RelocationCasePatch,
  RelocationStage,
} from './types';

export const relocationKeys = {
  all: ['relocations'] as const,
  list: (query: ApiRelocationQuery) => ['relocations', 'list', query] as const,
  one: (id: number) => ['relocations', 'one', id] as const,
  history: (id: number) => ['relocations', 'history', id] as const,
};

export function useRelocationList(query: ApiRelocationQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: relocationKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/relocations', { params: { query }, signal }))).data,
    // Keep the old page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A case together with the entity tag a change of it must send back. */
export interface RelocationRecord {
  relocation: RelocationCase;
  etag: string;
}

function toRecord({ data, response }: { data: RelocationCase; response: Response }): RelocationRecord {
  return { relocation: data, etag: entityTag(response, data.version) };
}

export function useRelocation(id: number) {
  return useQuery({
    queryKey: relocationKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/relocations/{id}', { params: { path: { id } }, signal }))),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/**
 * The case's moves between stages, oldest first. Under `relocationKeys.all`: every write (a
 * move above all) reads it again.
 */
export function useRelocationHistory(id: number) {
  return useQuery({
    queryKey: relocationKeys.history(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/relocations/{id}/history', { params: { path: { id } }, signal }))).data
        .items,
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/**
 * After a write the lists, the record, its stage history and the audit trail are read again;
 * the record is set at once.
 */
function useSaved() {
  const client = useQueryClient();
  return (record: RelocationRecord) => {
    client.setQueryData(relocationKeys.one(record.relocation.id), record);
    void client.invalidateQueries({ queryKey: auditKeys.all });
    return client.invalidateQueries({ queryKey: relocationKeys.all });
  };
}

export function useCreateRelocation() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async (fields: RelocationCaseFields) =>
      toRecord(await send(api.POST('/api/v1/relocations', { body: fields }))),
    onSuccess: (record) => void saved(record),
  });
}

export function usePatchRelocation(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ patch, etag }: { patch: RelocationCasePatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/relocations/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: (record) => void saved(record),
  });
}

/** A move of one case, with the entity tag of the version the reader saw. */
export type RelocationMove = StageMove<RelocationCase, RelocationStage>;

export function useTransitionRelocation() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ record, etag, transition }: RelocationMove) =>
      toRecord(
        await send(
          api.POST('/api/v1/relocations/{id}/transition', {
            params: { path: { id: record.id }, header: { 'If-Match': etag } },
            body: transition,
          }),
        ),
      ),
    onSuccess: (record) => void saved(record),
  });
}
