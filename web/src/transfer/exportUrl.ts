/** Where a list's export lives, for the list's current filters and sort. */
export type ExportFormat = 'csv' | 'xlsx';

/** Paging is the list's business: an export holds every matching row. */
const PAGING = new Set(['limit', 'cursor']);

/**
 * The address of `path` (an `/export` route) with the list's API query, minus paging, plus
 * the format and the language of the headers.
 */
export function exportUrl(
  path: string,
  query: Record<string, string | number | boolean | undefined>,
  format: ExportFormat,
  lang: 'ru' | 'en',
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || PAGING.has(key)) continue;
    params.set(key, String(value));
  }
  params.set('format', format);
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}
