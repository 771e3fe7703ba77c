import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { Attache, AttacheInput, AttachePatch } from '../api/types';
import { auditKeys } from '../audit/keys';
import { countryKeys } from '../countries/api';

const attacheKeys = {
  all: ['attaches'] as const,
  ofCountry: (iso2: string) => ['attaches', 'country', iso2.toUpperCase()] as const,
};

/** Attachés posted to one country, newest postings first. */
export function useCountryAttaches(iso2: string) {
  return useQuery({
    queryKey: attacheKeys.ofCountry(iso2),
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/attaches', {
            params: { query: { country: iso2, sort: '-start_date', limit: 500 } },
            signal,
          }),
        )
      ).data,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: attacheKeys.all });
    // attache_count of the country (and the dashboard's sum) may have changed.
    void client.invalidateQueries({ queryKey: countryKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateAttache() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: AttacheInput) =>
      (await send(api.POST('/api/v1/attaches', { body: input }))).data,
    onSuccess: refresh,
  });
}

export function usePatchAttache() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ attache, patch }: { attache: Attache; patch: AttachePatch }) =>
      (
        await send(
          api.PATCH('/api/v1/attaches/{id}', {
            params: { path: { id: attache.id }, header: { 'If-Match': `"${attache.version}"` } },
            body: patch,
          }),
        )
      ).data,
    onSettled: refresh, // after a 409 too: the list must show the newer version
  });
}
