import type { RequestType, RequestTypePatch } from './types';

/** The four types every subtype belongs to (RequestTypeFields.parent). */
export const TOP_TYPES = ['consulting', 'information', 'legal', 'organisational'] as const;
export type TopType = (typeof TOP_TYPES)[number];

/** What a code must look like (RequestTypeFields.code). */
export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
const CODE_MAX_LENGTH = 40;

/** A row of the catalogue's table: a type, or a subtype shown beneath its type. */
export interface TypeRow extends RequestType {
  subtype: boolean;
}

/**
 * The catalogue as the settings table lists it: each type followed by its subtypes, archived
 * ones only when asked for. A subtype whose type is not in the list comes last rather than not
 * at all.
 */
export function typeRows(types: readonly RequestType[], showArchived: boolean): TypeRow[] {
  const shown = types.filter((type) => showArchived || !type.archived);
  const rows: TypeRow[] = [];
  const placed = new Set<string>();
  for (const type of shown.filter((each) => each.parent === null)) {
    rows.push({ ...type, subtype: false });
    placed.add(type.code);
    for (const sub of shown.filter((each) => each.parent === type.code)) {
      rows.push({ ...sub, subtype: true });
      placed.add(sub.code);
    }
  }
  for (const rest of shown.filter((each) => !placed.has(each.code))) rows.push({ ...rest, subtype: true });
  return rows;
}

/** The days a request of this type is due in, and whether they are its type's. */
export function daysOf(type: Pick<RequestType, 'sla_days' | 'effective_sla_days'>): {
  days: number;
  inherited: boolean;
} {
  return type.sla_days === null
    ? { days: type.effective_sla_days, inherited: true }
    : { days: type.sla_days, inherited: false };
}

/** The code a new subtype gets from its English name: "Export control & licences" -> `export_control_and_licences`. */
export function suggestCode(nameEn: string): string {
  const code = nameEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Café" -> "Cafe"
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[0-9_]+/, '') // a code starts with a letter
    .slice(0, CODE_MAX_LENGTH)
    .replace(/_+$/, '');
  return CODE_PATTERN.test(code) ? code : '';
}

/** The values of the form that adds or edits a type. */
export interface TypeValues {
  parent?: TopType;
  code: string;
  name_en: string;
  name_ru: string;
  /** Empty on a subtype: it takes its type's. */
  sla_days: number | null;
}

/**
 * What an edit changes, and only that: names trimmed, days cleared (null) on a subtype to take
 * its type's again. Empty when nothing changed.
 */
export function typePatch(type: RequestType, values: TypeValues): RequestTypePatch {
  const patch: RequestTypePatch = {};
  const nameEn = values.name_en.trim();
  const nameRu = values.name_ru.trim();
  if (nameEn !== type.name_en) patch.name_en = nameEn;
  if (nameRu !== type.name_ru) patch.name_ru = nameRu;
  const days = values.sla_days ?? null;
  if (days !== type.sla_days && (days !== null || type.parent !== null)) patch.sla_days = days;
  return patch;
}
