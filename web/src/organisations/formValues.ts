import dayjs, { type Dayjs } from 'dayjs';
import type { FieldError, Problem } from '../api/types';
import { pointerToPath } from '../api/problem';
import type {
  HubService,
  MarketStatus,
  Organisation,
  OrganisationFields,
  OrganisationKind,
  OrganisationPatch,
  SizeBand,
} from './types';
import { HOME_COUNTRY } from './vocabulary';

/** One row of the markets list as the form edits it. */
export interface MarketValues {
  country?: string;
  status?: MarketStatus;
  since?: Dayjs | null;
  note?: string;
}

export interface ResidentValues {
  organisation_id?: number;
  since?: Dayjs | null;
}

/** The state of the organisation form: antd's values, before they become a request body. */
export interface OrganisationValues {
  kind: OrganisationKind;
  name_ru?: string;
  name_en?: string;
  country?: string;
  inn?: string;
  ogrn?: string;
  website?: string;
  size_band?: SizeBand | null;
  hq_region?: string;
  description_ru?: string;
  description_en?: string;
  accredited?: boolean;
  accreditation_number?: string;
  accreditation_date?: Dayjs | null;
  sectors?: string[];
  parent_id?: number | null;
  markets?: MarketValues[];
  hub_services?: HubService[];
  hub_operator_id?: number | null;
  residents?: ResidentValues[];
}

/** The form's fields, the names a server error's pointer may start with. */
export const FORM_FIELDS = [
  'kind',
  'name_ru',
  'name_en',
  'country',
  'inn',
  'ogrn',
  'website',
  'size_band',
  'hq_region',
  'description_ru',
  'description_en',
  'accredited',
  'accreditation_number',
  'accreditation_date',
  'sectors',
  'parent_id',
  'markets',
  'hub_services',
  'hub_operator_id',
  'residents',
] as const satisfies readonly (keyof OrganisationValues)[];
export type FormField = (typeof FORM_FIELDS)[number];

/** What a form shows for a kind and country: hub fields, Russian registration, accreditation. */
export function visibleFields(kind: OrganisationKind | undefined, country: string | undefined): FormField[] {
  const home = country === HOME_COUNTRY;
  return FORM_FIELDS.filter((field) => {
    switch (field) {
      case 'inn':
      case 'ogrn':
        return home;
      case 'accredited':
      case 'accreditation_number':
      case 'accreditation_date':
        return kind === 'domestic_company';
      case 'hub_services':
      case 'hub_operator_id':
      case 'residents':
        return kind === 'it_hub';
      default:
        return true;
    }
  });
}

const date = (value: string | null | undefined): Dayjs | null => (value ? dayjs(value) : null);
const day = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined): string => (value ?? '').trim();
const optional = (value: string | undefined): string | null => text(value) || null;

/** The form's starting values: an existing organisation's, or a new domestic company's. */
export function toValues(organisation?: Organisation): OrganisationValues {
  if (!organisation) {
    return {
      kind: 'domestic_company',
      country: HOME_COUNTRY,
      accredited: false,
      sectors: [],
      markets: [],
      hub_services: [],
      residents: [],
    };
  }
  return {
    kind: organisation.kind,
    name_ru: organisation.name_ru,
    name_en: organisation.name_en,
    country: organisation.country,
    inn: organisation.inn ?? '',
    ogrn: organisation.ogrn ?? '',
    website: organisation.website,
    size_band: organisation.size_band,
    hq_region: organisation.hq_region ?? '',
    description_ru: organisation.description_ru,
    description_en: organisation.description_en,
    accredited: organisation.accredited,
    accreditation_number: organisation.accreditation_number ?? '',
    accreditation_date: date(organisation.accreditation_date),
    sectors: [...organisation.sectors],
    parent_id: organisation.parent_id,
    markets: organisation.markets.map((market) => ({
      country: market.country,
      status: market.status,
      since: date(market.since),
      note: market.note ?? '',
    })),
    hub_services: [...organisation.hub_services],
    hub_operator_id: organisation.hub_operator_id,
    residents: organisation.residents.map((resident) => ({
      organisation_id: resident.organisation_id,
      since: date(resident.since),
    })),
  };
}

/**
 * The request body for the form's values. Fields the form hides for this kind and country
 * (hub fields, INN and OGRN abroad, accreditation of others) are sent empty, so a record that
 * changes kind does not keep values the server would refuse.
 */
export function toFields(values: OrganisationValues): OrganisationFields {
  const country = text(values.country).toUpperCase();
  const home = country === HOME_COUNTRY;
  const hub = values.kind === 'it_hub';
  const accredited = values.kind === 'domestic_company' && values.accredited === true;
  return {
    kind: values.kind,
    name_ru: text(values.name_ru),
    name_en: text(values.name_en),
    country,
    inn: home ? optional(values.inn) : null,
    ogrn: home ? optional(values.ogrn) : null,
    website: text(values.website),
    size_band: values.size_band ?? null,
    hq_region: optional(values.hq_region)?.toUpperCase() ?? null,
    description_ru: text(values.description_ru),
    description_en: text(values.description_en),
    accredited,
    accreditation_number: accredited ? optional(values.accreditation_number) : null,
    accreditation_date: accredited ? day(values.accreditation_date) : null,
    sectors: [...(values.sectors ?? [])],
    parent_id: values.parent_id ?? null,
    markets: (values.markets ?? []).map((market) => ({
      country: text(market.country).toUpperCase(),
      status: market.status ?? 'interested',
      since: day(market.since),
      note: text(market.note),
    })),
    hub_services: hub ? [...(values.hub_services ?? [])] : [],
    hub_operator_id: hub ? (values.hub_operator_id ?? null) : null,
    residents: hub
      ? (values.residents ?? []).map((resident) => ({
          organisation_id: resident.organisation_id ?? 0,
          since: day(resident.since),
        }))
      : [],
  };
}

/**
 * A JSON merge patch of what the form changed: only the fields whose value differs from the
 * organisation as it was loaded (read through the same form mapping, so that an untouched
 * field never counts as a change). A changed list is sent whole.
 */
export function toPatch(original: Organisation, values: OrganisationValues): OrganisationPatch {
  const before = toFields(toValues(original));
  const after = toFields(values);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof OrganisationFields)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as OrganisationPatch;
}

/** A form field's name path: "/markets/0/country" -> ["markets", 0, "country"]. */
export type FieldPath = (string | number)[];

/**
 * The form field a server error's JSON pointer names, or null when the form does not show
 * it. Array indexes become numbers, as antd's Form.List names its rows.
 */
export function pointerToField(pointer: string | undefined, shown: readonly string[]): FieldPath | null {
  if (pointer === undefined) return null;
  const path = pointerToPath(pointer);
  const [field] = path;
  if (field === undefined || !shown.includes(field)) return null;
  return path.map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

export interface FieldProblems {
  /** Ready for antd's `form.setFields`. */
  fields: { name: FieldPath; errors: string[] }[];
  /** Errors the form has no field for, to show in a general alert. */
  other: FieldError[];
}

/** Splits a problem's errors into those of the form's shown fields and the rest. */
export function fieldProblems(problem: Problem, shown: readonly string[]): FieldProblems {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const other: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    const name = pointerToField(error.pointer, shown);
    if (!name) {
      other.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], other };
}
