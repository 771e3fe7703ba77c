import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send, sendEmpty } from '../api/client';
import { auditKeys } from '../audit/keys';
import type {
  ApiDuplicateQuery,
  ApiOrganisationQuery,
  OrganisationDetail,
  OrganisationFields,
  OrganisationPatch,
} from './types';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: ApiOrganisationQuery) => ['organisations', 'list', query] as const,
  one: (id: number) => ['organisations', 'one', id] as const,
  marketHistory: (id: number) => ['organisations', 'market-history', id] as const,
  duplicates: (query: ApiDuplicateQuery) => ['organisations', 'duplicates', query] as const,
};

export function useOrganisationList(query: ApiOrganisationQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/organisations', { params: { query }, signal }))).data,
    // Keep the old page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** An organisation together with the entity tag an update of it must send back. */
export interface OrganisationRecord {
  organisation: OrganisationDetail;
  etag: string;
}

function toRecord({ data, response }: { data: OrganisationDetail; response: Response }): OrganisationRecord {
  return { organisation: data, etag: entityTag(response, data.version) };
}

export function useOrganisation(id: number) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal }))),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

export function useMarketHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.marketHistory(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/organisations/{id}/market-history', { params: { path: { id } }, signal })))
        .data.items,
    enabled,
  });
}

/** Organisations that look like the one being written; nothing is asked for an empty probe. */
export function useDuplicates(query: ApiDuplicateQuery, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.duplicates(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/organisations/duplicates', { params: { query }, signal }))).data.items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: organisationKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ fields, allowDuplicate }: { fields: OrganisationFields; allowDuplicate: boolean }) =>
      toRecord(
        await send(
          api.POST('/api/v1/organisations', {
            params: { query: allowDuplicate ? { allow_duplicate: true } : {} },
            body: fields,
          }),
        ),
      ),
    onSuccess: (record) => {
      refresh();
      client.setQueryData(organisationKeys.one(record.organisation.id), record);
    },
  });
}

export function usePatchOrganisation(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ patch, etag }: { patch: OrganisationPatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/organisations/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: (record) => {
      refresh();
      client.setQueryData(organisationKeys.one(id), record);
    },
  });
}

export function useArchiveOrganisation(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (etag: string) =>
      sendEmpty(
        api.DELETE('/api/v1/organisations/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSettled: refresh,
  });
}

export function useMergeOrganisation(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (duplicateId: number) =>
      (
        await send(
          api.POST('/api/v1/organisations/{id}/merge', {
            params: { path: { id } },
            body: { duplicate_id: duplicateId },
          }),
        )
      ).data,
    onSuccess: refresh,
  });
}
