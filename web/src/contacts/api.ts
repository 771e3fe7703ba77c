import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, send, sendEmpty } from '../api/client';
import { toProblemError } from '../api/problem';
import { auditKeys } from '../audit/keys';
import type { Language } from '../i18n/i18n';
import { organisationKeys } from '../organisations/api';
import type { ApiContactQuery, Contact, ContactFields, ContactPatch } from './types';

export const contactKeys = {
  all: ['contacts'] as const,
  of: (organisation: number) => ['contacts', 'organisation', organisation] as const,
  list: (query: ApiContactQuery) => ['contacts', 'list', query] as const,
};

/** One page of contacts, for a picker that searches them. */
export function useContactList(query: ApiContactQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/contacts', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The contacts of one organisation, a page at a time ("show more"). */
export function useOrganisationContacts(organisation: number, pageSize: number, language: Language) {
  return useInfiniteQuery({
    queryKey: [...contactKeys.of(organisation), language, pageSize],
    queryFn: async ({ signal, pageParam }) => {
      const query: ApiContactQuery = {
        organisation,
        limit: pageSize,
        sort: language === 'ru' ? 'name_ru' : 'name_en',
        ...(pageParam ? { cursor: pageParam } : {}),
      };
      return (await send(api.GET('/api/v1/contacts', { params: { query }, signal }))).data;
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: contactKeys.all });
    // The organisation shows how many contacts it has.
    void client.invalidateQueries({ queryKey: organisationKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateContact() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: ContactFields) =>
      (await send(api.POST('/api/v1/contacts', { body: fields }))).data,
    onSuccess: refresh,
  });
}

export function usePatchContact() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    // A list item carries its version, which is what the record's ETag names.
    mutationFn: async ({ contact, patch }: { contact: Contact; patch: ContactPatch }) =>
      (
        await send(
          api.PATCH('/api/v1/contacts/{id}', {
            params: { path: { id: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        )
      ).data,
    onSuccess: refresh,
  });
}

export function useEraseContact() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (id: number) =>
      (await send(api.POST('/api/v1/contacts/{id}/erase', { params: { path: { id } } }))).data,
    onSuccess: refresh,
  });
}

/** Takes a person off the lists (the record and its history stay; an admin can see it in the audit log). */
export function useArchiveContact() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (contact: Contact) =>
      sendEmpty(
        api.DELETE('/api/v1/contacts/{id}', {
          params: { path: { id: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
        }),
      ),
    onSettled: refresh,
  });
}

/** The file name the server suggests (`attachment; filename="contact-7.json"`), else one of ours. */
export function downloadName(disposition: string | null, id: number): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  const name = match?.[1]?.trim();
  // Only a plain file name: a path in the header must not choose where the file goes.
  return name && /^[\w.-]+$/.test(name) ? name : `contact-${id}.json`;
}

/** Everything held about a person, as the JSON file the server gives (and records giving). */
export function useExportContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      const { data, error, response } = await api.GET('/api/v1/contacts/{id}/export', {
        params: { path: { id } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw toProblemError(error, response);
      return { blob: data as Blob, name: downloadName(response.headers.get('Content-Disposition'), id) };
    },
    onSuccess: ({ blob, name }) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // The click has handed the blob to the download by now; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
