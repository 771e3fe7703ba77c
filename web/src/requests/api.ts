import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send, sendEmpty } from '../api/client';
import { auditKeys } from '../audit/keys';
import type {
  ApiRequestQuery,
  ApiReportQuery,
  RequestAssignee,
  RequestAssignees,
  RequestAttachment,
  RequestCommentFields,
  RequestTransition,
  RequestType,
  RequestTypeFields,
  RequestTypePatch,
  SupportRequest,
  SupportRequestFields,
  SupportRequestPatch,
} from './types';

export const requestKeys = {
  all: ['requests'] as const,
  list: (query: ApiRequestQuery) => ['requests', 'list', query] as const,
  one: (id: number) => ['requests', 'one', id] as const,
  comments: (id: number) => ['requests', 'comments', id] as const,
  attachments: (id: number) => ['requests', 'attachments', id] as const,
  report: (query: ApiReportQuery) => ['requests', 'report', query] as const,
  assignees: (country: string) => ['requests', 'assignees', country] as const,
  types: ['request-types'] as const,
  /** The catalogue with its archived subtypes, for the settings page. */
  allTypes: ['request-types', 'all'] as const,
};

/** The service catalogue: types followed by their subtypes, archived subtypes left out. */
export function useRequestTypes() {
  return useQuery({
    queryKey: requestKeys.types,
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/request-types', { signal }))).data.items,
    staleTime: 10 * 60_000, // changes only when an administrator edits it
  });
}

/** The whole catalogue, archived subtypes too (GET ?archived=true), for those who keep it. */
export function useAllRequestTypes(enabled: boolean) {
  return useQuery({
    queryKey: requestKeys.allTypes,
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/request-types', { params: { query: { archived: true } }, signal }))).data
        .items,
    enabled,
  });
}

/** The catalogue `types` with `changed` in place of the type of the same code. */
export function withType(types: readonly RequestType[], changed: RequestType): RequestType[] {
  return types.map((type) => (type.code === changed.code ? changed : type));
}

function useRefreshTypes() {
  const client = useQueryClient();
  return (changed?: RequestType) => {
    // Both lists hold the new version at once, so that a next change does not meet a 409.
    if (changed) {
      for (const key of [requestKeys.types, requestKeys.allTypes]) {
        client.setQueryData<RequestType[]>(key, (types) => types && withType(types, changed));
      }
    }
    // Every type picker reads the catalogue; the history shows the change.
    void client.invalidateQueries({ queryKey: auditKeys.all });
    return client.invalidateQueries({ queryKey: requestKeys.types });
  };
}

export function useCreateRequestType() {
  const refresh = useRefreshTypes();
  return useMutation({
    mutationFn: async (fields: RequestTypeFields) =>
      (await send(api.POST('/api/v1/request-types', { body: fields }))).data,
    onSuccess: () => refresh(),
  });
}

/** Renames, changes the days of, archives or restores a type; `type.version` is what the list showed. */
export function usePatchRequestType() {
  const refresh = useRefreshTypes();
  return useMutation({
    mutationFn: async ({ type, patch }: { type: RequestType; patch: RequestTypePatch }) =>
      (
        await send(
          api.PATCH('/api/v1/request-types/{code}', {
            params: { path: { code: type.code }, header: { 'If-Match': `"${type.version}"` } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        )
      ).data,
    onSuccess: (changed) => refresh(changed),
    onError: () => refresh(),
  });
}

export function useRequestList(query: ApiRequestQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: requestKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/requests', { params: { query }, signal }))).data,
    // Keep the old page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** Who may take a country's requests, the suggested one first; nothing is asked without a country. */
export function useRequestAssignees(country: string | undefined, options: { enabled?: boolean } = {}) {
  const code = (country ?? '').toUpperCase();
  return useQuery({
    queryKey: requestKeys.assignees(code),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/requests/assignees', { params: { query: { country: code } }, signal })))
        .data,
    enabled: /^[A-Z]{2}$/.test(code) && (options.enabled ?? true),
  });
}

function mergeAssignees(results: { data?: RequestAssignees }[]): RequestAssignee[] {
  const byId = new Map<number, RequestAssignee>();
  for (const result of results) for (const item of result.data?.items ?? []) byId.set(item.id, item);
  return [...byId.values()];
}

/** Everyone who may take the requests of any of `countries`, each once: the assignee filter's choices. */
export function useAssigneesOf(countries: readonly string[], enabled: boolean) {
  return useQueries({
    queries: countries.map((country) => ({
      queryKey: requestKeys.assignees(country),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (await send(api.GET('/api/v1/requests/assignees', { params: { query: { country } }, signal }))).data,
      enabled,
    })),
    // A stable function: the merged list stays the same object while the answers do.
    combine: mergeAssignees,
  });
}

/** A request together with the entity tag a change of it must send back. */
export interface RequestRecord {
  request: SupportRequest;
  etag: string;
}

function toRecord({ data, response }: { data: SupportRequest; response: Response }): RequestRecord {
  return { request: data, etag: entityTag(response, data.version) };
}

export function useRequest(id: number) {
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/requests/{id}', { params: { path: { id } }, signal }))),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

export function useRequestComments(id: number) {
  return useQuery({
    queryKey: requestKeys.comments(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/requests/{id}/comments', { params: { path: { id } }, signal }))).data
        .items,
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  // Lists, the record, its thread and the assignees' counts of open requests; settled once
  // those on screen are read again.
  return () => {
    void client.invalidateQueries({ queryKey: auditKeys.all });
    return client.invalidateQueries({ queryKey: requestKeys.all });
  };
}

export function useCreateRequest() {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: SupportRequestFields) =>
      toRecord(await send(api.POST('/api/v1/requests', { body: fields }))),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(requestKeys.one(record.request.id), record);
    },
  });
}

export function usePatchRequest(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ patch, etag }: { patch: SupportRequestPatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/requests/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(requestKeys.one(id), record);
    },
  });
}

export function useTransitionRequest(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ transition, etag }: { transition: RequestTransition; etag: string }) =>
      toRecord(
        await send(
          api.POST('/api/v1/requests/{id}/transition', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: transition,
          }),
        ),
      ),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(requestKeys.one(id), record);
    },
  });
}

/**
 * Adds to a request's thread. The request is read again before the comment counts as added: a
 * company's comment on a request waiting on it moves the request back to work, and a move
 * made next must send the request's new version.
 */
export function useAddComment(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: RequestCommentFields) =>
      (await send(api.POST('/api/v1/requests/{id}/comments', { params: { path: { id } }, body: fields })))
        .data,
    onSuccess: refresh,
  });
}

export function useRequestAttachments(id: number) {
  return useQuery({
    queryKey: requestKeys.attachments(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/requests/{id}/attachments', { params: { path: { id } }, signal }))).data
        .items,
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/** Refreshes a request's files and its history; the request itself does not change. */
function useRefreshFiles(id: number) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: auditKeys.all });
    return client.invalidateQueries({ queryKey: requestKeys.attachments(id) });
  };
}

/**
 * Attaches a file, sent as it is: the server tells its type from the bytes, so the
 * Content-Type says only that these are bytes.
 */
export function useAttachFile(id: number) {
  const refresh = useRefreshFiles(id);
  return useMutation({
    mutationFn: async (file: File) =>
      (
        await send(
          api.POST('/api/v1/requests/{id}/attachments', {
            params: { path: { id }, query: { name: file.name } },
            body: file as unknown as string,
            bodySerializer: (body: unknown) => body as Blob,
            headers: { 'Content-Type': 'application/octet-stream' },
          }),
        )
      ).data,
    onSettled: refresh,
  });
}

/** Removes a file; `version` is the one the list showed, so a file changed meanwhile is a 409. */
export function useDetachFile(id: number) {
  const refresh = useRefreshFiles(id);
  return useMutation({
    mutationFn: async (attachment: RequestAttachment) =>
      sendEmpty(
        api.DELETE('/api/v1/requests/{id}/attachments/{attachment_id}', {
          params: {
            path: { id, attachment_id: attachment.id },
            header: { 'If-Match': `"${attachment.version}"` },
          },
        }),
      ),
    onSettled: refresh,
  });
}

/** Counts of the requests filed in a period, grouped as asked. */
export function useRequestsReport(query: ApiReportQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: requestKeys.report(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/reports/requests', { params: { query }, signal }))).data,
    // The old answer stays while other filters load, not when the rows are grouped otherwise.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].group === query.group ? previous : undefined,
    enabled: options.enabled ?? true,
  });
}
