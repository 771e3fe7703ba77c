import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { isProblem, toProblemError } from '../api/problem';
import type { components } from '../api/schema';

export type ImportKind = 'organisations' | 'solutions' | 'contacts';
export type ImportReport = components['schemas']['ImportReport'];
export type ImportProblem = components['schemas']['ImportProblem'];
export type Encoding = 'auto' | 'utf-8' | 'windows-1251';

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  skipInvalid: boolean;
  encoding: Encoding;
}

/** What an upload came to: the report, and whether the server refused the file as a whole. */
export interface ImportOutcome {
  report: ImportReport;
  refused: boolean;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Content-Type to send: browsers leave it empty for .csv on some systems. */
export function contentTypeOf(file: File): string {
  return file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
}

/** A refusal (422) carries the report too; other failures throw ProblemError. */
export async function uploadImport(request: ImportRequest): Promise<ImportOutcome> {
  const { data, error, response } = await api.POST('/api/v1/imports/{kind}', {
    params: {
      path: { kind: request.kind },
      query: {
        dry_run: request.dryRun,
        skip_invalid: request.skipInvalid,
        ...(request.encoding === 'auto' ? {} : { encoding: request.encoding }),
      },
    },
    // The file goes as it is: the server reads CSV and XLSX bytes, not JSON.
    body: request.file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': contentTypeOf(request.file) },
  });
  if (response.ok && data) return { report: data, refused: false };
  if (response.status === 422 && isProblem(error) && 'report' in error) {
    return { report: (error as { report: ImportReport }).report, refused: true };
  }
  throw toProblemError(error, response);
}

/** Every list and record may have changed after an import that wrote. */
export function useImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (outcome) => {
      if (outcome.report.written) void client.invalidateQueries();
    },
  });
}

export function templateUrl(kind: ImportKind, format: 'csv' | 'xlsx', lang: 'ru' | 'en'): string {
  return `/api/v1/imports/${kind}/template?format=${format}&lang=${lang}`;
}
