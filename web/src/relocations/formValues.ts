import { pointerToPath } from '../api/problem';
import { amountText } from '../fx/money';
import { DEFAULT_CURRENCY, sameMoney, valueOf } from '../deals/formValues';
import type { RelocationCase, RelocationCaseFields, RelocationCasePatch, RelocationKind } from './types';

/** What the case form holds: RelocationCaseFields with the empty states of inputs, the investment as typed. */
export interface RelocationValues {
  organisation_id?: number | null;
  /** Empty: the company's own country. */
  from_country?: string | null;
  kind?: RelocationKind;
  title?: string;
  notes?: string;
  /** ISO 3166-2 code of the Russian region, RU-TA; empty for none yet. */
  region?: string;
  jobs?: number | null;
  /** The investment in major units, as typed ("15 000,50"); empty for none. */
  amount?: string;
  currency?: string;
  owner_id?: number | null;
}

/** The fields of the form, in the order of the page: what a server error may point at. */
export const FORM_FIELDS = [
  'organisation_id',
  'from_country',
  'kind',
  'title',
  'notes',
  'region',
  'jobs',
  'amount',
  'currency',
  'owner_id',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/**
 * The form field a server error's pointer names: the investment is typed as an amount and a
 * currency, so "/investment" is the amount and "/investment/currency" the currency.
 */
export function formFieldOf(pointer: string | undefined): FormField | undefined {
  if (pointer === undefined) return undefined;
  const [first, second] = pointerToPath(pointer);
  if (first === 'investment') return second === 'currency' ? 'currency' : 'amount';
  return (FORM_FIELDS as readonly string[]).find((field) => field === first) as FormField | undefined;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();

/** The form's starting values: a case's, or a new one's. */
export function toValues(relocation?: RelocationCase): RelocationValues {
  if (!relocation) {
    return {
      organisation_id: null,
      from_country: null,
      region: '',
      jobs: null,
      amount: '',
      currency: DEFAULT_CURRENCY,
      owner_id: null,
    };
  }
  return {
    organisation_id: relocation.organisation_id,
    from_country: relocation.from_country,
    kind: relocation.kind,
    title: relocation.title,
    notes: relocation.notes,
    region: relocation.region ?? '',
    jobs: relocation.jobs,
    amount: relocation.investment ? amountText(relocation.investment) : '',
    currency: relocation.investment?.currency ?? DEFAULT_CURRENCY,
    owner_id: relocation.owner_id,
  };
}

/** The body of POST /api/v1/relocations; what is left empty is left out. */
export function toFields(values: RelocationValues): RelocationCaseFields {
  const fields: RelocationCaseFields = {
    organisation_id: values.organisation_id ?? 0,
    kind: values.kind ?? 'headquarters',
    title: text(values.title),
  };
  if (text(values.from_country)) fields.from_country = text(values.from_country).toUpperCase();
  if (text(values.notes)) fields.notes = text(values.notes);
  if (text(values.region)) fields.region = text(values.region).toUpperCase();
  if (values.jobs !== null && values.jobs !== undefined) fields.jobs = values.jobs;
  const investment = valueOf(values);
  if (investment) fields.investment = investment;
  if (values.owner_id) fields.owner_id = values.owner_id;
  return fields;
}

/**
 * A JSON merge patch of what the form changed, read through the same mapping as the case as
 * loaded, so an untouched field never counts. The company never changes.
 */
export function toPatch(original: RelocationCase, values: RelocationValues): RelocationCasePatch {
  const before = toValues(original);
  const patch: RelocationCasePatch = {};
  const country = text(values.from_country).toUpperCase();
  if (country && country !== before.from_country) patch.from_country = country;
  if (values.kind && values.kind !== before.kind) patch.kind = values.kind;
  if (text(values.title) !== text(before.title)) patch.title = text(values.title);
  if (text(values.notes) !== text(before.notes)) patch.notes = text(values.notes);
  const region = text(values.region).toUpperCase();
  if (region !== text(before.region)) patch.region = region || null;
  if ((values.jobs ?? null) !== before.jobs) patch.jobs = values.jobs ?? null;
  const investment = valueOf(values);
  if (!sameMoney(investment, original.investment)) patch.investment = investment;
  if ((values.owner_id ?? null) !== before.owner_id) patch.owner_id = values.owner_id ?? null;
  return patch;
}
