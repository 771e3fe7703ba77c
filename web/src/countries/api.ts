import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send } from '../api/client';
import type { Country, PresenceInput } from '../api/types';
import { auditKeys } from '../audit/keys';
import type { ApiListQuery } from './listQuery';

export const countryKeys = {
  all: ['countries'] as const,
  list: (query: ApiListQuery) => ['countries', 'list', query] as const,
  one: (iso2: string) => ['countries', 'one', iso2.toUpperCase()] as const,
};

export function useCountryList(query: ApiListQuery) {
  return useQuery({
    queryKey: countryKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/countries', { params: { query }, signal }))).data,
    // Keep the old page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

// Every country fits one page of the API's maximum size (~250 of 500).
const ALL_COUNTRIES = { limit: 500 } as const;

/** Every country, for the dashboard's map and for choosing countries by name. */
export function useAllCountries() {
  return useCountryList(ALL_COUNTRIES);
}

export function useWorldRegions() {
  return useQuery({
    queryKey: ['world-regions'],
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/world-regions', { signal }))).data.items,
    staleTime: Infinity, // fixed by UN M.49; changes only with a new release
  });
}

/** A country together with the entity tag an update of it must send back. */
export interface CountryRecord {
  country: Country;
  etag: string;
}

function toRecord({ data, response }: { data: Country; response: Response }): CountryRecord {
  return { country: data, etag: entityTag(response, data.version) };
}

export function useCountry(iso2: string) {
  return useQuery({
    queryKey: countryKeys.one(iso2),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/countries/{iso2}', { params: { path: { iso2 } }, signal }))),
  });
}

export function usePutPresence(iso2: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: PresenceInput; etag: string }) =>
      toRecord(
        await send(
          api.PUT('/api/v1/countries/{iso2}/presence', {
            params: { path: { iso2 }, header: { 'If-Match': etag } },
            body: input,
          }),
        ),
      ),
    onSuccess: (record) => {
      client.setQueryData(countryKeys.one(iso2), record);
      // Lists and the dashboard count presence: they are stale now.
      void client.invalidateQueries({ queryKey: countryKeys.all, refetchType: 'none' });
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
