import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../api/client';
import { isProblem, toProblemError } from '../api/problem';
import { auditKeys } from '../audit/keys';
import { contentTypeOf } from '../transfer/api';
import type { ApiConvertQuery, ApiFxRatesQuery, FxImportReport } from './types';

export const fxKeys = {
  all: ['fx'] as const,
  rates: (query: ApiFxRatesQuery) => ['fx', 'rates', query] as const,
};

export function useFxRates(query: ApiFxRatesQuery) {
  return useQuery({
    queryKey: fxKeys.rates(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/fx/rates', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
  });
}

/** Converts an amount of a day to roubles and dollars: run on asking, like a form's submit. */
export function useConvert() {
  return useMutation({
    mutationFn: async (query: ApiConvertQuery) =>
      (await send(api.GET('/api/v1/fx/convert', { params: { query } }))).data,
  });
}

/** What an import came to: the report, and whether the server refused the table as a whole. */
export interface FxImportOutcome {
  report: FxImportReport;
  refused: boolean;
}

/** Sends a CSV or XLSX table as it is; a refusal (422) carries the report, other failures throw. */
export async function importRates({
  file,
  source,
}: {
  file: File;
  source: string;
}): Promise<FxImportOutcome> {
  const { data, error, response } = await api.POST('/api/v1/fx/rates/import', {
    params: { query: source ? { source } : {} },
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': contentTypeOf(file) },
  });
  if (response.ok && data) return { report: data, refused: false };
  if (response.status === 422 && isProblem(error) && 'report' in error) {
    return { report: (error as { report: FxImportReport }).report, refused: true };
  }
  throw toProblemError(error, response);
}

export function useFxImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importRates,
    onSuccess: (outcome) => {
      if (!outcome.report.written) return;
      // New rates change the table and any conversion made before them.
      void client.invalidateQueries({ queryKey: fxKeys.all });
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
